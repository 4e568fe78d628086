"""Peer of Generativa's `vae` on images: org.generativa.autoencoder.AeNetworks with DenseStack encoder
784 -> 512 -> 512 (ReLU) -> 2 x 8 (mean and log-variance) and decoder 8 -> 512 -> 512 (ReLU) -> 784 logits, DJL's default
initialisation; VaeTrainer with AeConfig.defaultsFor(VAE, images): Bernoulli likelihood, beta 1, Adam lr 1e-3
betas (0.9, 0.999), batch 64, images in [0, 1] without the held-out last 1,000. One step = one update."""
from common import djl_default_init, options, run, vae_step, vae_sampler

from torch import nn


args = options(default_steps=400)
pixels, hidden, code = 784, 512, 8
encoder = djl_default_init(nn.Sequential(nn.Linear(pixels, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(),
                                         nn.Linear(hidden, 2 * code))).to(args.device)
decoder = djl_default_init(nn.Sequential(nn.Linear(code, hidden), nn.ReLU(), nn.Linear(hidden, hidden), nn.ReLU(),
                                         nn.Linear(hidden, pixels))).to(args.device)
run("vae", args, vae_step(encoder, decoder, args), vae_sampler(decoder, code, args))
