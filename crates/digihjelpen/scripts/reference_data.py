#!/usr/bin/env python3
"""One-off generator of the reference data in public/data/ (run by hand, output committed).

Reads the project's shared reference files (see public/data/KILDER.md for provenance) and writes
slimmed copies that the app and the domain crate read:

  public/data/kommuner.json          357 municipalities, 15 counties
  public/data/postnummer.json        postcode -> [poststed, kommunenummer]
  public/data/kommunegrenser.geojson simplified boundaries, property `kommunenummer` only

Usage: python3 crates/digihjelpen/scripts/reference_data.py /path/to/shared/reference
Nothing in the build or at run time reads the shared directory; only this script does.
"""
import json
import math
import sys
from pathlib import Path

SRC = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference")
OUT = Path(__file__).resolve().parent.parent / "public" / "data"

KILDE_KOMMUNER = (
    "Kommuner og fylker (2024-nummerering): Kartverkets kommuneregister (2023), "
    "omnummerert til 2024. Representativt punkt beregnet fra Kartverkets kommunegrenser "
    "(CC BY 4.0). Se KILDER.md."
)
KILDE_POSTNUMMER = "Postnummer: GeoNames (CC BY 4.0), august 2024. Se KILDER.md."


def haversine_km(lat1, lon1, lat2, lon2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def main():
    kommuner = json.loads((SRC / "kommuner.json").read_text())
    grenser = json.loads((SRC / "kommuner_2024_simplified.geojson").read_text())

    # Radius: the largest distance from the representative point to the boundary, rounded up to
    # whole km. The domain crate uses it to flag offer positions far outside their municipality.
    radius = {}
    for f in grenser["features"]:
        nr = f["properties"]["kommunenummer"]
        m = next(k for k in kommuner if k["nummer"] == nr)
        best = 0.0
        for poly in f["geometry"]["coordinates"]:
            for ring in poly:
                for lon, lat in ring:
                    best = max(best, haversine_km(m["lat"], m["lon"], lat, lon))
        radius[nr] = math.ceil(best)

    fylker = {}
    for k in kommuner:
        fylker[k["fylkesnummer"]] = {
            "nummer": k["fylkesnummer"],
            "navn": k["fylke_offisielt"],
            "navn_norsk": k["fylke"],
        }
    out = {
        "kilde": KILDE_KOMMUNER,
        "fylker": [fylker[n] for n in sorted(fylker)],
        "kommuner": [
            {
                "nummer": k["nummer"],
                "navn": k["navn"],
                "navn_norsk": k["navn_norsk"],
                "fylke": k["fylkesnummer"],
                "lat": round(k["lat"], 4),
                "lon": round(k["lon"], 4),
                "radius_km": radius[k["nummer"]],
            }
            for k in sorted(kommuner, key=lambda k: k["nummer"])
        ],
    }
    write_json(OUT / "kommuner.json", out, pretty=True)

    post = json.loads((SRC / "postnummer.json").read_text())
    out = {
        "kilde": KILDE_POSTNUMMER,
        "postnummer": {nr: [p["poststed"], p["kommunenummer"]] for nr, p in sorted(post.items())},
    }
    write_json(OUT / "postnummer.json", out, pretty=False)

    features = []
    for f in sorted(grenser["features"], key=lambda f: f["properties"]["kommunenummer"]):
        polys = []
        for poly in f["geometry"]["coordinates"]:
            rings = []
            for ring in poly:
                r = []
                for lon, lat in ring:
                    p = [round(lon, 3), round(lat, 3)]
                    if not r or r[-1] != p:
                        r.append(p)
                if len(r) >= 4 and r[0] == r[-1]:
                    rings.append(r)
            if rings:
                polys.append(rings)
        features.append({
            "type": "Feature",
            "properties": {"kommunenummer": f["properties"]["kommunenummer"]},
            "geometry": {"type": "MultiPolygon", "coordinates": polys},
        })
    out = {
        "type": "FeatureCollection",
        "kilde": "Kommunegrenser: © Kartverket (CC BY 4.0), forenklet. Se KILDER.md.",
        "features": features,
    }
    write_json(OUT / "kommunegrenser.geojson", out, pretty=False)


def write_json(path, value, pretty):
    if pretty:
        # One entry per line: small diffs, still readable.
        lines = []
        for key, v in value.items():
            if isinstance(v, list):
                items = ",\n  ".join(json.dumps(x, ensure_ascii=False) for x in v)
                lines.append(f'  {json.dumps(key)}: [\n  {items}\n ]')
            else:
                lines.append(f'  {json.dumps(key)}: {json.dumps(v, ensure_ascii=False)}')
        text = "{\n" + ",\n".join(lines) + "\n}"
    else:
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n")
    print(f"{path.name}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
