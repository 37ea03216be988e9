#!/usr/bin/env bash
# Regenerates Sources/LRSchedLogs/Proto/event.pb.swift from event.proto. Needs protoc
# (apt-get install protobuf-compiler) and protoc-gen-swift built from swift-protobuf 1.39.0
# (`swift build --product protoc-gen-swift` in its checkout), whose folder is $PROTOC_GEN_SWIFT_DIR.
set -euo pipefail
cd "$(dirname "$0")/../Sources/LRSchedLogs/Proto"
PATH="${PROTOC_GEN_SWIFT_DIR:?set PROTOC_GEN_SWIFT_DIR to the folder holding protoc-gen-swift}:$PATH" \
  protoc --swift_opt=Visibility=Internal --swift_out=. event.proto
