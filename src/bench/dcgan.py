"""Peer of Generativa's `dcgan` on 28x28 images: org.generativa.gan.GanNetworks with ConvNets.generator
(dense to 64x7x7, upsample-then-two-3x3-convs, batch norm, tanh) and ConvNets.discriminator (4x4 stride-2 convs
32 -> 64, then a 3x3 conv 64 -> 64 at 7x7, batch norm after all but the first, LeakyReLU 0.2, dense to 1), all
weights N(0, 0.02); trained by GanTrainer with GanConfig.defaultsFor(DCGAN, images): latent 64, width 32,
non-saturating loss, Adam lr 1e-3 betas (0.5, 0.999), one D step per G step, batch 32, samples from an average of
G's weights (decay 0.99). D sees the real and the fake batch in separate passes, as GanTrainer does. One step = one
D update and one G update."""
from common import (GeneratorAverage, batch_norm_2d, conv_generator, dcgan_init, gan_sampler, non_saturating_gan_step,
                    options, run)

from torch import nn


args = options(default_steps=40, default_batch=32)
latent, width = 64, 32
G = dcgan_init(conv_generator(latent, width)).to(args.device)
D = dcgan_init(nn.Sequential(
    nn.Unflatten(1, (1, 28, 28)),
    nn.Conv2d(1, width, 4, 2, 1), nn.LeakyReLU(0.2),
    nn.Conv2d(width, 2 * width, 4, 2, 1), batch_norm_2d(2 * width), nn.LeakyReLU(0.2),
    nn.Conv2d(2 * width, 2 * width, 3, 1, 1), batch_norm_2d(2 * width), nn.LeakyReLU(0.2),
    nn.Flatten(), nn.Linear(2 * width * 7 * 7, 1),
)).to(args.device)
average = GeneratorAverage(G, 0.99)
run("dcgan", args, non_saturating_gan_step(G, D, latent, args, lr=1e-3, average=average),
    gan_sampler(G, latent, args, average))
