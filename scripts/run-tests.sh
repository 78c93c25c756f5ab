#!/usr/bin/env bash
# Installs what the tests need and runs every test: unit (two time zones), build
# failures, checks on the built site, and browser tests in Debian's Chromium.
# `npm run test:all` (the README's test command, and what CI runs via .ci/run) calls this.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> 安装 Debian 的 Chromium（浏览器测试需要）"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "浏览器测试需要 Chromium，但没有找到 $CHROMIUM。" >&2
    echo "请先安装：sudo apt-get install -y chromium（或用 CHROMIUM_PATH 指定浏览器路径）。" >&2
    exit 1
  fi
fi

echo "==> npm ci"
npm ci --no-audit --no-fund
echo "==> 类型检查（TypeScript 与 .astro 文件）"
npm run check
echo "==> 构建网站"
npm run build
echo "==> 运行全部测试"
npm test
