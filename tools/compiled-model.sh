#!/usr/bin/env bash
# Regenerates EF Core's compiled models (src/Plenary.Application/Data/CompiledModels/) from the model
# in code. Run it after changing an entity or its configuration; CompiledModelTests fails until then.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$root/src/Plenary.Application/Data/CompiledModels"
dotnet run --project "$root/tools/Plenary.ModelCompiler" -- "$root"
