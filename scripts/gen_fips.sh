#!/usr/bin/env bash
# Regenerates data/geo/iso3_fips.tsv from GeoNames' countryInfo (facts: code mappings).
set -euo pipefail
src="${1:-$(dirname "$0")/../../shared/reference/gazetteer/countryInfo.tsv}"
{
  echo "# ISO 3166-1 alpha-3 -> FIPS 10-4 country code, as GDELT's geography columns use FIPS."
  echo "# Facts from GeoNames countryInfo (CC BY 4.0, geonames.org); regenerate with scripts/gen_fips.sh."
  awk -F'\t' 'NR>1 && $2!="" && $4!="" {print $2"\t"$4}' "$src" | sort
} > "$(dirname "$0")/../data/geo/iso3_fips.tsv"
