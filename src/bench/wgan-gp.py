"""Peer of Generativa's `wgan-gp` on 28x28 images: org.generativa.gan.GanNetworks with the ConvNets.generator
of dcgan at width 32 (weights N(0, 0.02)) and, because the critic of a gradient penalty is fully connected there,
the MlpNets.discriminator of width 512 (LeakyReLU 0.2, DJL's default initialisation); GanTrainer and
GradientPenalty with GanConfig.defaultsFor(WGAN_GP, images): latent 64, Adam lr 2e-4 betas (0, 0.9), two
critic steps per generator step, each on a fresh real batch, penalty weight 10 on uniform interpolates,
batch 32, samples from an average of G's weights (decay 0.99). One step = two critic updates and one generator
update.

Generativa's critic computes LeakyReLU as x times a mask taken from a detached x (same values and
derivatives); a PyTorch script uses nn.LeakyReLU, and so does this one."""
from common import (GeneratorAverage, batches, conv_generator, dcgan_init, djl_default_init, gan_data, gan_sampler, options,
                    run, set_trainable)

import torch
from torch import nn


args = options(default_steps=12, default_batch=32)
latent, width, critic_width, pixels, critic_steps, gp_lambda = 64, 32, 512, 784, 2, 10.0
G = dcgan_init(conv_generator(latent, width)).to(args.device)
D = djl_default_init(nn.Sequential(
    nn.Linear(pixels, critic_width), nn.LeakyReLU(0.2), nn.Linear(critic_width, critic_width), nn.LeakyReLU(0.2),
    nn.Linear(critic_width, 1),
)).to(args.device)
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.0, 0.9), eps=1e-8)
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.0, 0.9), eps=1e-8)
real_batches = batches(gan_data(args), args)
average = GeneratorAverage(G, 0.99)
n = args.batch


def penalty(real, fake):
    epsilon = torch.rand(n, 1, device=args.device)
    points = (real * epsilon + fake * (1 - epsilon)).detach().requires_grad_(True)
    grad, = torch.autograd.grad(D(points).sum(), points, create_graph=True)
    norms = (grad.reshape(n, -1).square().sum(1) + 1e-12).sqrt()
    return (norms - 1).square().mean()


def step():
    for _ in range(critic_steps):
        real = next(real_batches)
        fake = G(torch.randn(n, latent, device=args.device)).detach().reshape(n, -1)
        real_out, fake_out = D(real).flatten(), D(fake).flatten()
        loss_d = fake_out.mean() - real_out.mean() + gp_lambda * penalty(real, fake)
        opt_d.zero_grad()
        loss_d.backward()
        opt_d.step()
        loss_d = loss_d.item()

    set_trainable(D, False)
    fake = G(torch.randn(n, latent, device=args.device)).reshape(n, -1)
    loss_g = -D(fake).flatten().mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    set_trainable(D, True)
    average.update()
    return loss_d, loss_g.item()


run("wgan-gp", args, step, gan_sampler(G, latent, args, average))
