"""Peer of Generativa's `gan` on images: org.generativa.gan.GanNetworks with MlpNets.generator and
MlpNets.discriminator, trained by GanTrainer with GanConfig.defaultsFor(GAN, images): latent 64, hidden 256,
non-saturating loss, Adam lr 2e-4 betas (0.5, 0.999) for both players, one D step per G step, batch 64.
One step = one D update and one G update (GanExperiment.step)."""
from common import batches, djl_default_init, gan_data, options, run, set_trainable

import torch
import torch.nn.functional as F
from torch import nn


args = options(default_steps=400)
latent, hidden, pixels = 64, 256, 784
G = djl_default_init(nn.Sequential(
    nn.Linear(latent, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, pixels), nn.Tanh(),
)).to(args.device)
D = djl_default_init(nn.Sequential(
    nn.Linear(pixels, hidden), nn.LeakyReLU(0.2), nn.Linear(hidden, hidden), nn.LeakyReLU(0.2), nn.Linear(hidden, 1),
)).to(args.device)
opt_g = torch.optim.Adam(G.parameters(), lr=2e-4, betas=(0.5, 0.999), eps=1e-8)
opt_d = torch.optim.Adam(D.parameters(), lr=2e-4, betas=(0.5, 0.999), eps=1e-8)
real_batches = batches(gan_data(args), args)
n = args.batch


def step():
    real = next(real_batches)
    fake = G(torch.randn(n, latent, device=args.device)).detach()
    real_out, fake_out = D(real).flatten(), D(fake).flatten()
    loss_d = (F.binary_cross_entropy_with_logits(real_out, torch.ones_like(real_out))
              + F.binary_cross_entropy_with_logits(fake_out, torch.zeros_like(fake_out)))
    opt_d.zero_grad()
    loss_d.backward()
    opt_d.step()

    set_trainable(D, False)
    loss_g = F.softplus(-D(G(torch.randn(n, latent, device=args.device))).flatten()).mean()
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    set_trainable(D, True)
    return loss_d.item(), loss_g.item()


run("gan", args, step)
