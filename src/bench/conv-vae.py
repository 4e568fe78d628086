"""Peer of Generativa's `conv-vae` on 28x28 images: org.generativa.autoencoder.AeNetworks with ConvEncoder
(4x4 stride-2 convs 1 -> 32 -> 64, LeakyReLU 0.2, dense to 2 x 16) and ConvDecoder (dense 16 -> 64x7x7, ReLU,
then per doubling nearest upsampling and a 3x3 conv 64 -> 32 -> 1, ReLU between, logits out), DJL's default
initialisation; VaeTrainer with AeConfig.defaultsFor(CONV_VAE, images): Bernoulli likelihood, beta 1, Adam
lr 1e-3 betas (0.9, 0.999), batch 64, images in [0, 1] without the held-out last 1,000. One step = one update."""
from common import djl_default_init, options, run, vae_step, vae_sampler

from torch import nn


args = options(default_steps=60)
width, code = 32, 16
encoder = djl_default_init(nn.Sequential(
    nn.Unflatten(1, (1, 28, 28)),
    nn.Conv2d(1, width, 4, 2, 1), nn.LeakyReLU(0.2),
    nn.Conv2d(width, 2 * width, 4, 2, 1), nn.LeakyReLU(0.2),
    nn.Flatten(), nn.Linear(2 * width * 7 * 7, 2 * code),
)).to(args.device)
decoder = djl_default_init(nn.Sequential(
    nn.Linear(code, 2 * width * 7 * 7), nn.ReLU(), nn.Unflatten(1, (2 * width, 7, 7)),
    nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(2 * width, width, 3, 1, 1), nn.ReLU(),
    nn.Upsample(scale_factor=2, mode="nearest"), nn.Conv2d(width, 1, 3, 1, 1),
    nn.Flatten(),
)).to(args.device)
run("conv-vae", args, vae_step(encoder, decoder, args), vae_sampler(decoder, code, args))
