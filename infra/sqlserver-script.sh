#!/usr/bin/env bash
# Writes the idempotent SQL Server migration script (safe to run on an empty or an up-to-date database).
# Usage: infra/sqlserver-script.sh [output file]   (default: artifacts/sqlserver-migrations.sql)
set -euo pipefail
cd "$(dirname "$0")/.."
output="${1:-artifacts/sqlserver-migrations.sql}"
mkdir -p "$(dirname "$output")"
dotnet tool restore >/dev/null
# The connection string is only needed to build the model; no server is contacted.
dotnet ef migrations script --idempotent \
  --project src/LearningNetwork.Migrations.SqlServer \
  --startup-project src/LearningNetwork.Web \
  --output "$output" \
  -- --Database:Provider SqlServer \
     --ConnectionStrings:LearningNetwork "Server=localhost;Database=LearningNetwork;TrustServerCertificate=True"
echo "Wrote $output"
