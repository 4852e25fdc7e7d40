# Two commands set up everything on a fresh Debian or Ubuntu machine:
#   make run    installs what is missing, builds and opens Scaleroom
#   make test   installs what is missing and runs every check and test
SHELL := /bin/bash

# Debian packages: cgo and the GL/X11 headers for Fyne, Xvfb for the smoke
# test (x11-utils to read its window title), poppler-utils for reading PDFs
# back in tests.
APT_PACKAGES := gcc libc6-dev pkg-config libgl1-mesa-dev xorg-dev xvfb xauth x11-utils poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build bench fuzz

deps:
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@command -v go >/dev/null || { echo "Go 1.26 or newer is needed: https://go.dev/dl/"; exit 1; }

build: deps
	go build -o scaleroom .

run: build
	./scaleroom

test: deps
	go vet ./...
	go test -race -count=1 ./...

bench: deps
	go test -run '^$$' -bench . -benchmem ./...

fuzz: deps
	go test -run '^$$' -fuzz FuzzDecode -fuzztime 60s ./workshop
