"""What the PyTorch peer scripts share: options, data, initialisation and the timed loop.

Each script trains one Generativa model's default configuration for images and prints one JSON line:
{"model", "steps", "warmup", "seconds", "cpu_seconds", "steps_per_s", "threads", "torch"}. Warm-up steps are
not timed; cpu_seconds is the process's CPU time over the timed steps.

With --budget SECONDS (what `bench quality` asks) a script instead trains for that much wall time and, every --every
seconds of training (the sampling not counted), writes --samples generated images to --samples-dir as raw
little-endian float32 in [0, 1], one row of pixels per image, printing one JSON line for each:
{"seconds", "steps", "samples", "count"}. Generativa's reference classifier scores them.
"""
import argparse
import copy
import gzip
import json
import os
import sys
import time


def _threads_from_argv(default=1):
    for i, arg in enumerate(sys.argv):
        if arg == "--threads" and i + 1 < len(sys.argv):
            return sys.argv[i + 1]
        if arg.startswith("--threads="):
            return arg.split("=", 1)[1]
    return str(default)


# torch.set_num_threads does not reach OpenBLAS's own thread pool (libopenblas0-pthread starts one per core), so
# "--threads 1" would still multiply matrices on every core, and at 2 threads the two pools fight over 2 cores
# (dcgan 9.5 steps/s against 15.5 with single-threaded BLAS). torch gets the threads and BLAS stays on one; this
# must happen before numpy and torch load the library, so each script imports this module before them.
os.environ["OPENBLAS_NUM_THREADS"] = "1"
os.environ["OMP_NUM_THREADS"] = _threads_from_argv()

import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn.functional as F  # noqa: E402
from torch import nn  # noqa: E402

DEFAULT_DATA = "../shared/datasets/mnist/t10k-images-idx3-ubyte.gz"
# AeExperiment.HELD_OUT: autoencoders never train on the last 1,000 images (a fifth of a smaller set).
HELD_OUT = 1000


def options(default_steps, default_batch=64):
    p = argparse.ArgumentParser()
    p.add_argument("--steps", type=int, default=default_steps, help="timed steps")
    p.add_argument("--warmup", type=int, default=None, help="untimed steps first (default: a fifth of --steps, at least 2)")
    p.add_argument("--threads", type=int, default=1, help="intra-op threads")
    p.add_argument("--data", default=DEFAULT_DATA, help="IDX images file, plain or gzip")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--batch", type=int, default=default_batch)
    p.add_argument("--device", default="cpu", help="cpu or cuda")
    p.add_argument("--budget", type=float, default=None, help="seconds of training, then stop (sample race)")
    p.add_argument("--every", type=float, default=15.0, help="seconds of training between sample dumps")
    p.add_argument("--samples", type=int, default=1000, help="images per sample dump")
    p.add_argument("--samples-dir", default=".", help="folder for the sample dumps")
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    # Backend.load gives DJL one inter-op thread too.
    torch.set_num_interop_threads(1)
    torch.manual_seed(args.seed)
    args.device = torch.device(args.device)
    return args


def read_idx_images(path):
    """(count, rows * cols) float32 in [0, 1]: IdxDataset.read divides each byte by 255."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    magic, count, rows, cols = (int(v) for v in np.frombuffer(raw, dtype=">i4", count=4))
    if magic != 0x803:
        raise SystemExit(f"{path} is not an IDX images file (magic {magic:#x})")
    pixels = np.frombuffer(raw, dtype=np.uint8, count=count * rows * cols, offset=16)
    return pixels.reshape(count, rows * cols).astype(np.float32) / np.float32(255)


def gan_data(args):
    """All images in [-1, 1], as BatchPrefetcher delivers them to GANs (ValueRange.SYMMETRIC)."""
    x = read_idx_images(args.data)
    return torch.from_numpy(x * np.float32(2) - np.float32(1)).to(args.device)


def autoencoder_data(args):
    """Images in [0, 1] without the held-out tail, as AeExperiment trains on them."""
    x = read_idx_images(args.data)
    held_out = min(HELD_OUT, len(x) // 5)
    return torch.from_numpy(x[: len(x) - held_out].copy()).to(args.device)


def batches(data, args):
    """Uniform draws with replacement, like ImageSet.sample."""
    generator = torch.Generator().manual_seed(args.seed)
    n = data.shape[0]
    while True:
        index = torch.randint(0, n, (args.batch,), generator=generator).to(args.device)
        yield data.index_select(0, index)


def djl_default_init(module):
    """DJL's default for weights, XavierInitializer(GAUSSIAN, IN, 2): N(0, sqrt(2 / fan_in)); biases 0."""
    for m in module.modules():
        if isinstance(m, (nn.Linear, nn.Conv2d)):
            nn.init.kaiming_normal_(m.weight, mode="fan_in", nonlinearity="relu")
            nn.init.zeros_(m.bias)
    return module


def dcgan_init(module):
    """GanNetworks on conv nets: every weight N(0, 0.02) (Parameter.Type.WEIGHT), biases 0, batch norm 1 and 0."""
    for m in module.modules():
        if isinstance(m, (nn.Linear, nn.Conv2d)):
            nn.init.normal_(m.weight, 0.0, 0.02)
            nn.init.zeros_(m.bias)
        elif isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)
    return module


def batch_norm_1d(features):
    # DJL's BatchNorm: eps 1e-5, momentum 0.9 for the old running value (PyTorch counts the new one: 0.1).
    return nn.BatchNorm1d(features, eps=1e-5, momentum=0.1)


def batch_norm_2d(channels):
    return nn.BatchNorm2d(channels, eps=1e-5, momentum=0.1)


def conv_generator(latent=64, width=64, side=28, channels=1):
    """ConvNets.generator(28, 1, 64): dense to 128x7x7, batch norm, ReLU, then per doubling nearest
    upsampling and two 3x3 convs (the first keeps the channels; batch norm and ReLU between), tanh at the end."""
    base = 7
    c = width * 2
    return nn.Sequential(
        nn.Linear(latent, c * base * base), batch_norm_1d(c * base * base), nn.ReLU(),
        nn.Unflatten(1, (c, base, base)),
        nn.Upsample(scale_factor=2, mode="nearest"),
        nn.Conv2d(c, c, 3, 1, 1), batch_norm_2d(c), nn.ReLU(),
        nn.Conv2d(c, width, 3, 1, 1), batch_norm_2d(width), nn.ReLU(),
        nn.Upsample(scale_factor=2, mode="nearest"),
        nn.Conv2d(width, width, 3, 1, 1), batch_norm_2d(width), nn.ReLU(),
        nn.Conv2d(width, channels, 3, 1, 1),
        nn.Tanh(),
    )


def set_trainable(module, flag):
    """ParameterGroup.freeze / unfreeze."""
    for p in module.parameters():
        p.requires_grad_(flag)


class GeneratorAverage:
    """GanNetworks.updateGeneratorAverage: after each G update every parameter and batch-norm statistic of the copy
    moves to d a + (1 - d) w with d = min(decay, (1 + n) / (10 + n)) at the n-th update; the first update copies G.
    Samples come from the copy; training never reads it."""

    def __init__(self, G, decay):
        self.G, self.decay, self.model, self.updates = G, decay, None, 0

    def update(self):
        if self.model is None:
            self.model = copy.deepcopy(self.G)
            self.model.requires_grad_(False)
            return
        self.updates += 1
        d = min(self.decay, (1 + self.updates) / (10 + self.updates))
        with torch.no_grad():
            for a, w in zip(self.model.state_dict().values(), self.G.state_dict().values()):
                if a.dtype.is_floating_point:
                    a.mul_(d).add_(w, alpha=1 - d)


def non_saturating_gan_step(G, D, latent, args, lr=2e-4, average=None):
    """GanTrainer's step with the non-saturating loss and Adam betas (0.5, 0.999) for both players: one D update on a
    real and a detached fake batch (separate passes), then one G update through a frozen D, then G's average if any."""
    opt_g = torch.optim.Adam(G.parameters(), lr=lr, betas=(0.5, 0.999), eps=1e-8)
    opt_d = torch.optim.Adam(D.parameters(), lr=lr, betas=(0.5, 0.999), eps=1e-8)
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
        if average is not None:
            average.update()
        return loss_d.item(), loss_g.item()

    return step


def vae_step(encoder, decoder, args):
    """VaeTrainer's step with a Bernoulli decoder and beta 1, Adam lr 1e-3, betas (0.9, 0.999), on the images without
    the held-out last 1,000: reparameterised code, loss = reconstruction + KL, one update."""
    opt = torch.optim.Adam(list(encoder.parameters()) + list(decoder.parameters()), lr=1e-3, betas=(0.9, 0.999),
                           eps=1e-8)
    data = batches(autoencoder_data(args), args)

    def step():
        x = next(data)
        mu, log_var = encoder(x).chunk(2, dim=1)
        z = mu + (0.5 * log_var).exp() * torch.randn_like(mu)
        logits = decoder(z)
        recon = (F.softplus(logits) - x * logits).sum(1).mean()
        kl = (0.5 * (mu.square() + log_var.exp() - 1 - log_var)).sum(1).mean()
        loss = recon + kl
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    return step


def gan_sampler(G, latent, args, average=None):
    """The images of G (of its average once there is one) for fresh N(0, 1) noise, in [0, 1] as GanExperiment.sample
    gives them; batch norm in inference mode."""
    def sample(n):
        g = average.model if average is not None and average.model is not None else G
        g.eval()
        images = (g(torch.randn(n, latent, device=args.device)) + 1) / 2
        g.train()
        return images
    return sample


def vae_sampler(decoder, code, args):
    """Prior samples: the Bernoulli decoder's means for z drawn from N(0, I)."""
    def sample(n):
        return torch.sigmoid(decoder(torch.randn(n, code, device=args.device)))
    return sample


def race(model, args, step, sample):
    """Trains for args.budget seconds of wall time and dumps samples every args.every seconds of it."""
    os.makedirs(args.samples_dir, exist_ok=True)
    budget, every = args.budget, args.every
    trained, steps, next_dump, dumps = 0.0, 0, every, 0
    while trained < budget:
        began = time.perf_counter()
        step()
        trained += time.perf_counter() - began
        steps += 1
        if trained >= next_dump or trained >= budget:
            with torch.no_grad():
                images = sample(args.samples).reshape(args.samples, -1).clamp(0, 1).cpu().numpy()
            path = os.path.join(args.samples_dir, f"{model}-{dumps:03d}.f32")
            images.astype("<f4").tofile(path)
            print(json.dumps({"seconds": round(trained, 6), "steps": steps, "samples": path, "count": args.samples}),
                  flush=True)
            dumps += 1
            next_dump += every


def run(model, args, step, sample=None):
    if args.budget is not None:
        if sample is None:
            raise SystemExit(f"{model} has no sampler for --budget")
        race(model, args, step, sample)
        return
    warmup = args.warmup if args.warmup is not None else max(2, args.steps // 5)
    for _ in range(warmup):
        step()
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(args.steps):
        step()
    if args.device.type == "cuda":
        torch.cuda.synchronize()
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    print(json.dumps({"model": model, "steps": args.steps, "warmup": warmup, "seconds": round(seconds, 6),
                      "cpu_seconds": round(cpu_seconds, 6), "blas_threads": int(os.environ["OPENBLAS_NUM_THREADS"]),
                      "steps_per_s": round(args.steps / seconds, 6), "threads": torch.get_num_threads(),
                      "torch": torch.__version__}), flush=True)
