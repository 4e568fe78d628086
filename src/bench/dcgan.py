"""Peer of Generativa's `dcgan` on 28x28 images: org.generativa.gan.GanNetworks with ConvNets.generator
(dense to 128x7x7, upsample-then-3x3-conv, batch norm, tanh) and ConvNets.discriminator (4x4 stride-2 convs
64 -> 128, batch norm on the second, LeakyReLU 0.2, dense to 1), all weights N(0, 0.02); trained by GanTrainer
with GanConfig.defaultsFor(DCGAN, images): latent 64, width 64, non-saturating loss, Adam lr 2e-4 betas
(0.5, 0.999), one D step per G step, batch 64. D sees the real and the fake batch in separate passes, as
GanTrainer does. One step = one D update and one G update."""
from common import batch_norm_2d, batches, conv_generator, dcgan_init, gan_data, options, run, set_trainable

import torch
import torch.nn.functional as F
from torch import nn


args = options(default_steps=40)
latent, width = 64, 64
G = dcgan_init(conv_generator(latent, width)).to(args.device)
D = dcgan_init(nn.Sequential(
    nn.Unflatten(1, (1, 28, 28)),
    nn.Conv2d(1, width, 4, 2, 1), nn.LeakyReLU(0.2),
    nn.Conv2d(width, 2 * width, 4, 2, 1), batch_norm_2d(2 * width), nn.LeakyReLU(0.2),
    nn.Flatten(), nn.Linear(2 * width * 7 * 7, 1),
)).to(args.device)
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999), eps=1e-8)
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999), eps=1e-8)
real_batches = batches(gan_data(args), args)
n = args.batch


def step():
    real = next(real_batches)
    fake = G(torch.randn(n, latent, device=args.device)).detach().reshape(n, -1)
    real_out, fake_out = D(real).flatten(), D(fake).flatten()
    loss_d = (F.binary_cross_entropy_with_logits(real_out, torch.ones_like(real_out))
              + F.binary_cross_entropy_with_logits(fake_out, torch.zeros_like(fake_out)))
    opt_d.zero_grad()
    loss_d.backward()
    opt_d.step()

    set_trainable(D, False)
    fake = G(torch.randn(n, latent, device=args.device)).reshape(n, -1)
    loss_g = F.softplus(-D(fake).flatten()).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    set_trainable(D, True)
    return loss_d.item(), loss_g.item()


run("dcgan", args, step)
