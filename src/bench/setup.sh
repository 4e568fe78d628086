#!/usr/bin/env bash
# Installs what the PyTorch peer scripts need on Debian/Ubuntu: Debian's PyTorch for the system
# python3 (/usr/bin/python3) and the pthread build of OpenBLAS. Safe to run again.
set -euo pipefail
packages=(python3-torch python3-numpy libopenblas0-pthread)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "already installed: ${packages[*]}"
    exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
/usr/bin/python3 -c 'import torch; print("torch", torch.__version__, "threads", torch.get_num_threads())'
