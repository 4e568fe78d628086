"""Peer of Generativa's `gan` on images: org.generativa.gan.GanNetworks with MlpNets.generator and
MlpNets.discriminator, trained by GanTrainer with GanConfig.defaultsFor(GAN, images): latent 64, hidden 256,
non-saturating loss, Adam lr 5e-4 betas (0.5, 0.999) for both players, one D step per G step, batch 64, samples
from an average of G's weights (decay 0.99). One step = one D update and one G update (GanExperiment.step)."""
from common import GeneratorAverage, djl_default_init, gan_sampler, non_saturating_gan_step, options, run

from torch import nn


args = options(default_steps=400)
latent, hidden, pixels = 64, 256, 784
G = djl_default_init(nn.Sequential(
    nn.Linear(latent, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, pixels), nn.Tanh(),
)).to(args.device)
D = djl_default_init(nn.Sequential(
    nn.Linear(pixels, hidden), nn.LeakyReLU(0.2), nn.Linear(hidden, hidden), nn.LeakyReLU(0.2), nn.Linear(hidden, 1),
)).to(args.device)
average = GeneratorAverage(G, 0.99)
run("gan", args, non_saturating_gan_step(G, D, latent, args, lr=5e-4, average=average), gan_sampler(G, latent, args, average))
