"""Peer of Generativa's `gan` on images: org.generativa.gan.GanNetworks with MlpNets.generator and
MlpNets.discriminator, trained by GanTrainer with GanConfig.defaultsFor(GAN, images): latent 64, hidden 256,
non-saturating loss, Adam lr 2e-4 betas (0.5, 0.999) for both players, one D step per G step, batch 64.
One step = one D update and one G update (GanExperiment.step)."""
from common import djl_default_init, non_saturating_gan_step, options, run, gan_sampler

from torch import nn


args = options(default_steps=400)
latent, hidden, pixels = 64, 256, 784
G = djl_default_init(nn.Sequential(
    nn.Linear(latent, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, pixels), nn.Tanh(),
)).to(args.device)
D = djl_default_init(nn.Sequential(
    nn.Linear(pixels, hidden), nn.LeakyReLU(0.2), nn.Linear(hidden, hidden), nn.LeakyReLU(0.2), nn.Linear(hidden, 1),
)).to(args.device)
run("gan", args, non_saturating_gan_step(G, D, latent, args), gan_sampler(G, latent, args))
