#!/usr/bin/env python3
"""Seeds the "small" benchmark data set through Inkwell's public API.

A stop-gap until `inkwell seed --dataset small` lands on main: bench/run.sh uses it only when
the binary has no `seed` command. Deterministic (fixed random seed), standard library only.

    bench/seed_api.py --api http://127.0.0.1:5000/api [--workers 8]

The shape: 50 writers (password "bench-password"), 500 articles with 1-4 of 30 tags, both drawn
from a Zipf-like spread so a few authors and tags dominate (as on a real site), 10 follows per
writer on average, 1,500 comments, 2,500 favorites.
"""
import argparse
import json
import random
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

USERS, ARTICLES, TAGS, COMMENTS, FAVORITES, FOLLOWS_PER_USER = 50, 500, 30, 1500, 2500, 10
PASSWORD = "bench-password"
WORDS = (
    "async cache queue index shard replica cursor tenant schema lambda kernel socket thread vector "
    "pipeline gateway broker ledger token cluster webhook stream buffer compiler runtime profiler "
    "router lease quorum snapshot journal migration"
).split()
TOPICS = (
    "dotnet postgres sqlite caching testing kubernetes docker security performance api design "
    "architecture devops observability rust go python javascript react css databases search "
    "messaging linux networking career writing opensource tooling frontend"
).split()


class Api:
    def __init__(self, base):
        self.base = base.rstrip("/")

    def call(self, method, path, body=None, token=None, attempts=5):
        data = json.dumps(body).encode() if body is not None else None
        for attempt in range(1, attempts + 1):
            request = urllib.request.Request(self.base + path, data=data, method=method)
            request.add_header("Content-Type", "application/json")
            if token:
                request.add_header("Authorization", "Token " + token)
            try:
                with urllib.request.urlopen(request, timeout=30) as response:
                    return json.loads(response.read() or b"null")
            except urllib.error.HTTPError as error:
                detail = error.read().decode(errors="replace")[:300]
                # A busy SQLite file answers 500 now and then under parallel writers: try again.
                if error.code >= 500 and attempt < attempts:
                    time.sleep(0.2 * attempt)
                    continue
                raise RuntimeError(f"{method} {path}: HTTP {error.code}: {detail}") from None


def zipf_weights(n, s=1.0):
    return [1.0 / (rank ** s) for rank in range(1, n + 1)]


def paragraphs(rng, count):
    return "\n\n".join(
        " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))).capitalize() + "." for _ in range(count)
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", required=True, help="the API base, e.g. http://127.0.0.1:5000/api")
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    api, rng = Api(args.api), random.Random(42)
    started = time.monotonic()

    def parallel(function, items):
        with ThreadPoolExecutor(args.workers) as pool:
            return list(pool.map(function, items))

    names = [f"writer{i:03d}" for i in range(1, USERS + 1)]

    def register(name):
        user = api.call("POST", "/users", {"user": {"username": name, "email": f"{name}@bench.inkwell.test", "password": PASSWORD}})
        return user["user"]["token"]

    tokens = dict(zip(names, parallel(register, names)))

    author_weights, tag_weights = zipf_weights(USERS), zipf_weights(TAGS)
    tags = TOPICS[:TAGS]
    drafts = []
    for i in range(ARTICLES):
        author = rng.choices(names, author_weights)[0]
        chosen, wanted = set(), rng.randint(1, 4)
        while len(chosen) < wanted:
            chosen.add(rng.choices(tags, tag_weights)[0])
        title = f"{rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} and {rng.choice(WORDS)}, part {i + 1}"
        drafts.append((author, {"article": {
            "title": title,
            "description": " ".join(rng.choice(WORDS) for _ in range(12)).capitalize(),
            "body": paragraphs(rng, rng.randint(2, 6)),
            "tagList": sorted(chosen),
        }}))
    slugs = parallel(lambda d: api.call("POST", "/articles", d[1], tokens[d[0]])["article"]["slug"], drafts)

    follows = set()
    for name in names:
        for followee in rng.choices(names, author_weights, k=FOLLOWS_PER_USER):
            if followee != name:
                follows.add((name, followee))
    parallel(lambda f: api.call("POST", f"/profiles/{f[1]}/follow", None, tokens[f[0]]), sorted(follows))

    comments = [(rng.choice(names), rng.choice(slugs), paragraphs(rng, 1)[:400]) for _ in range(COMMENTS)]
    parallel(lambda c: api.call("POST", f"/articles/{c[1]}/comments", {"comment": {"body": c[2]}}, tokens[c[0]]), comments)

    favorites = {(rng.choice(names), rng.choice(slugs)) for _ in range(FAVORITES)}
    parallel(lambda f: api.call("POST", f"/articles/{f[1]}/favorite", None, tokens[f[0]]), sorted(favorites))

    print(
        f"seeded through the API in {time.monotonic() - started:.0f}s: {len(names)} users, {len(slugs)} articles, "
        f"{len(follows)} follows, {len(comments)} comments, {len(favorites)} favorites"
    )


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as error:
        print(f"seed_api.py: {error}", file=sys.stderr)
        sys.exit(1)
