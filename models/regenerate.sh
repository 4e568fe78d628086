#!/usr/bin/env bash
# Retrains the bundled pretrained models from scratch: models/regenerate.sh [ID ...] (default: all).
# Each model is a run folder written by 'train --out', plus COMMAND (the exact command, run from the
# project folder) and model.properties (the name, description and place in the list that the app shows).
# Needs the built jar: mvn -q package -DskipTests. One thread and a fixed seed make every run repeatable.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/generativa.jar
[ -f "$jar" ] || { echo "$jar is missing: run mvn -q package -DskipTests first" >&2; exit 1; }

# id | name | description | train options
models=(
  "vae-2d-digits|VAE on digits, 2-D code|A variational autoencoder whose code has two numbers: its 2-D map shows the whole latent space, digit classes side by side.|--model vae --dataset digits --code 2 --hidden 256 --depth 1 --steps 12000"
  "vae-16d-digits|VAE on digits, 16-D code|A variational autoencoder with a 16-number code: sharper digits, sliders ordered by how much each dimension is used.|--model vae --dataset digits --code 16 --hidden 256 --depth 1 --steps 6000"
  "dcgan-digits|DCGAN on digits|A convolutional GAN: decode random 64-number codes into digits, interpolate between them.|--model dcgan --dataset digits --hidden 32 --steps 3000"
  "cgan-digits|Conditional GAN on digits|A convolutional GAN that also takes the class: choose which digit to draw, keep the style code fixed.|--model cgan --dataset digits --hidden 32 --steps 2000"
  "vae-faces|VAE on cartoon faces|A variational autoencoder on 32x32 colour faces: attribute vectors for smile, glasses, beard and hat, and A - B + C.|--model vae --dataset faces --code 16 --hidden 128 --depth 1 --steps 6000"
  "conv-ae-faces|Convolutional autoencoder on cartoon faces|Sharper faces than the VAE's, for Practica 4: smiling - neutral + neutral with a beard, on averaged codes.|--model conv-ae --dataset faces --steps 3000"
)

wanted=("$@")
order=0
for entry in "${models[@]}"; do
  order=$((order + 1))
  IFS='|' read -r id name description options <<<"$entry"
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " =~ " $id " ]]; then
    continue
  fi
  out="models/$id"
  command="java -jar $jar train $options --seed 1 --threads 1 --no-quality --out $out"
  echo "== $id: $command"
  rm -rf "$out"
  # shellcheck disable=SC2086
  $command | tail -n 1
  # Exploring needs only the weights; the optimizers' states would triple the size. The checksums then list the
  # weights only, or the checkpoint would be refused as incomplete.
  rm -f "$out"/checkpoint/*.optimizer
  sums="$out/checkpoint/checksums.sha256"
  if [ -f "$sums" ]; then
    grep -v '\.optimizer$' "$sums" > "$sums.tmp"
    mv "$sums.tmp" "$sums"
    (cd "$out/checkpoint" && sha256sum --quiet -c checksums.sha256)
  fi
  echo "$command" > "$out/COMMAND"
  printf 'name=%s\ndescription=%s\norder=%d\n' "$name" "$description" "$order" > "$out/model.properties"
  du -sh "$out"
done

# The reference classifiers of the built-in digits and faces (models/classifiers), so that the GAN tab measures
# class coverage from the first run without training one, and latent arithmetic on faces has its attribute judge:
# made by one-step runs with a fresh home folder.
if [ ${#wanted[@]} -eq 0 ] || [[ " ${wanted[*]} " =~ " classifiers " ]]; then
  home=$(mktemp -d)
  for data in digits faces; do
    echo "== classifiers: the reference classifier of $data"
    java -Dgenerativa.home="$home" -jar "$jar" train --model gan --dataset "$data" --steps 1 --seed 1 --threads 1 \
      --out "$home/run-$data" > /dev/null
  done
  rm -rf models/classifiers
  mkdir -p models/classifiers
  cp -r "$home"/classifiers/* models/classifiers/
  chmod -R a+rX models/classifiers
  rm -rf "$home"
  du -sh models/classifiers
fi
