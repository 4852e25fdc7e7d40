# Two commands set up everything on a fresh Debian or Ubuntu machine:
#   make run    installs what is missing, builds and opens Scaleroom
#   make test   installs what is missing and runs every check and test
SHELL := /bin/bash

# Debian packages: cgo and the GL/X11/Wayland headers for Fyne, Xvfb for the smoke
# test (x11-utils to read its window title), poppler-utils for reading PDFs
# back in tests.
APT_PACKAGES := gcc libc6-dev pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev xvfb xauth x11-utils poppler-utils
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test deps build bench fuzz torture package package-windows package-test

# The build number is the commit count, passed to the binary and to the
# package, so FyneApp.toml is never edited by a build (fyne package would
# bump it). The version comes from FyneApp.toml.
BUILD_NUMBER := $(or $(BUILD_NUMBER),$(shell git rev-list --count HEAD 2>/dev/null),1)
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
LDFLAGS := -X=main.buildNumber=$(BUILD_NUMBER)
DIST := .dist
.DEFAULT_GOAL := deps
# fyne.io/tools builds the packages. It is installed into .dist/bin from the
# module proxy, so it stays out of go.mod, and built for this machine before
# a cross-compiler is set for the Windows build.
FYNE := $(abspath $(DIST))/bin/fyne

$(FYNE):
	GOBIN=$(abspath $(DIST))/bin go install fyne.io/tools/cmd/fyne@v1.7.4

# How long make fuzz runs each fuzz target, and how long it spends
# shrinking each new input before going on: the PDF targets take tens of
# milliseconds an input, and the default (60 s an input) left them
# shrinking most of the time (246 inputs tried in 2 minutes, 900 in 40 s
# with 20x).
FUZZTIME ?= 10m
FUZZMINTIME ?= 100x

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
	go build -ldflags "$(LDFLAGS)" -o scaleroom .

run: build
	./scaleroom

test: deps
	go vet ./...
	go test -race -count=1 ./...

bench: deps
	go test -run '^$$' -bench . -benchmem ./...

# Every fuzz target in every package, one after the other (go test fuzzes
# one target at a time); stops at the first failure, which go test saves
# under the package's testdata/fuzz.
fuzz: deps
	@for dir in $$(grep -l '^func Fuzz' --include='*_test.go' -r . | xargs -n1 dirname | sort -u); do \
		for target in $$(grep -ho '^func Fuzz[A-Za-z0-9_]*' $$dir/*_test.go | cut -d' ' -f2); do \
			echo "== $$dir $$target ($(FUZZTIME))"; \
			go test -run '^$$' -fuzz "^$$target$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMINTIME) $$dir || exit 1; \
		done; \
	done

# Kills a process saving the large session 300 times and checks what each
# kill leaves; about a minute. make test skips it.
torture: deps
	SCALEROOM_TORTURE=1 go test -run '^TestTorture$$' -count=1 -v -timeout 30m ./workshop
	SCALEROOM_TORTURE=1 go test -run '^TestKillDuringSteadyEditing$$' -count=1 -v -timeout 30m ./app

# Packages are made from a copy of the work tree, because fyne package
# writes into the source folder (a metadata file, a bumped build number).
define stage
	rm -rf $(DIST)/src && mkdir -p $(DIST)/src
	tar --exclude=./.git --exclude=./$(DIST) --exclude=./scaleroom -cf - . | tar -xf - -C $(DIST)/src
endef

# Linux: Scaleroom.tar.xz with the binary, icon and .desktop file, plus a
# Makefile that installs them (make user-install or sudo make install).
package: deps $(FYNE)
	$(stage)
	cd $(DIST)/src && GOFLAGS="-ldflags=$(LDFLAGS)" $(FYNE) package --os linux --release --app-build $(BUILD_NUMBER) --app-version $(VERSION)
	mv $(DIST)/src/Scaleroom.tar.xz $(DIST)/
	rm -rf $(DIST)/src
	@ls -l $(DIST)/Scaleroom.tar.xz

# Windows: Scaleroom.exe, cross-compiled with MinGW-w64.
package-windows: deps $(FYNE)
	@dpkg-query -W -f='$${Status}' gcc-mingw-w64-x86-64 2>/dev/null | grep -q "install ok installed" || \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends gcc-mingw-w64-x86-64
	$(stage)
	cd $(DIST)/src && CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc CXX=x86_64-w64-mingw32-g++ GOFLAGS="-ldflags=$(LDFLAGS)" \
		$(FYNE) package --os windows --release --app-build $(BUILD_NUMBER) --app-version $(VERSION)
	mv $(DIST)/src/Scaleroom.exe $(DIST)/
	rm -rf $(DIST)/src
	@ls -l $(DIST)/Scaleroom.exe

# Builds the Linux package and checks it: unpacked, its .desktop file passes
# desktop-file-validate, its binary runs --version. Slow, so not in make test.
package-test: package
	@dpkg-query -W -f='$${Status}' desktop-file-utils 2>/dev/null | grep -q "install ok installed" || \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends desktop-file-utils
	SCALEROOM_PACKAGE=$(abspath $(DIST)/Scaleroom.tar.xz) SCALEROOM_VERSION="$(VERSION) (build $(BUILD_NUMBER))" \
		go test -count=1 -run '^TestLinuxPackage$$' -v ./assets
