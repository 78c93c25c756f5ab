#!/usr/bin/env bash
# Installs what the tests need and runs every test: unit (two time zones), build
# failures, checks on the built site, both servers (preview and nginx), and browser tests
# in Debian's Chromium against each.
# `npm run test:all` (the README's test command, and what CI runs via .ci/run) calls this.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the tests run against: Chromium for the browser tests, nginx and its
# brotli_static module for the host tests (the build's own _host/nginx.conf on loopback).
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
NGINX="${NGINX_PATH:-/usr/sbin/nginx}"
BROTLI_MODULE="${NGINX_BROTLI_MODULE:-/usr/lib/nginx/modules/ngx_http_brotli_static_module.so}"
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
[ -x "$NGINX" ] || missing+=(nginx)
[ -f "$BROTLI_MODULE" ] || missing+=(libnginx-mod-http-brotli-static)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "==> 安装 Debian 软件包：${missing[*]}"
    apt-get update -qq
    # The tests start their own nginx on 127.0.0.1; the package's system service is not needed.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "测试需要这些 Debian 软件包，但没有找到：${missing[*]}。" >&2
    echo "请先安装：sudo apt-get install -y ${missing[*]}（或用 CHROMIUM_PATH / NGINX_PATH 指定路径）。" >&2
    exit 1
  fi
fi

echo "==> npm ci"
npm ci --no-audit --no-fund
echo "==> 类型检查（TypeScript 与 .astro 文件）"
npm run check
echo "==> 构建网站（本机预览：KB_LOCAL_PREVIEW=1，正式部署要设 SITE_URL）"
npm run build:local
echo "==> 运行全部测试"
npm test
