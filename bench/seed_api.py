#!/usr/bin/env python3
"""Seeds the "small" benchmark data set through Inkwell's public API.

A stand-in until `inkwell seed --dataset small` is on main: bench/run.sh uses it only when the
binary has no `seed` command. It copies that command's small plan and conventions (docs/seeding.md
on the seeder branch) as far as the API allows, so reports stay comparable:

- 50 users user1..user50, emails user{n}@seed.inkwell.test, password "inkwell-seed";
- 3 celebrities (user1..user3): they write more (weight 20 against a Pareto(2) weight for everyone
  else) and half of the 300 follows go to them; the rest are spread evenly;
- 100 tags, a few far more popular than the rest (Zipf); 3 tags per article;
- 2,000 articles, 3,000 favorites and 2,000 comments, both long-tailed over the articles.

Timestamps are "now" (the API sets them), unlike the seed command's two years of history.
Deterministic (fixed random seed); standard library only.

    bench/seed_api.py --api http://127.0.0.1:5000/api [--workers 8]
"""
import argparse
import json
import random
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

USERS, CELEBRITIES, FOLLOWS, TAGS, ARTICLES, TAGS_PER_ARTICLE, FAVORITES, COMMENTS = 50, 3, 300, 100, 2000, 3, 3000, 2000
PASSWORD = "inkwell-seed"
WORDS = (
    "async cache queue index shard replica cursor tenant schema lambda kernel socket thread vector "
    "pipeline gateway broker ledger token cluster webhook stream buffer compiler runtime profiler "
    "router lease quorum snapshot journal migration latency backlog release review"
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
                with urllib.request.urlopen(request, timeout=60) as response:
                    return json.loads(response.read() or b"null")
            except urllib.error.HTTPError as error:
                detail = error.read().decode(errors="replace")[:300]
                # A busy SQLite file can answer 500 under parallel writers: try again.
                if error.code >= 500 and attempt < attempts:
                    time.sleep(0.2 * attempt)
                    continue
                raise RuntimeError(f"{method} {path}: HTTP {error.code}: {detail}") from None


def pareto(rng, alpha):
    return (1.0 - rng.random()) ** (-1.0 / alpha)


def sentence(rng, words):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--api", required=True, help="the API base, e.g. http://127.0.0.1:5000/api")
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args()
    api, rng = Api(args.api), random.Random(1)
    started = time.monotonic()

    def parallel(function, items):
        with ThreadPoolExecutor(args.workers) as pool:
            return list(pool.map(function, items))

    names = [f"user{n}" for n in range(1, USERS + 1)]

    def register(name):
        user = api.call("POST", "/users", {"user": {"username": name, "email": f"{name}@seed.inkwell.test", "password": PASSWORD}})
        return user["user"]["token"]

    tokens = dict(zip(names, parallel(register, names)))

    # Follows: half to the celebrities, the rest spread evenly over followers with random followees.
    follows = set()
    for c in range(CELEBRITIES):
        fans = [n for n in names if n != names[c]]
        rng.shuffle(fans)
        follows.update((fan, names[c]) for fan in fans[: FOLLOWS // 2 // CELEBRITIES])
    follower = 0
    while len(follows) < FOLLOWS:
        followee = rng.choice(names)
        if followee != names[follower] and (names[follower], followee) not in follows:
            follows.add((names[follower], followee))
            follower = (follower + 1) % USERS
    parallel(lambda f: api.call("POST", f"/profiles/{f[1]}/follow", None, tokens[f[0]]), sorted(follows))

    tags = [f"{rng.choice(WORDS)}-{i}" if i >= 10 else WORDS[i] for i in range(TAGS)]
    tag_weights = [1.0 / rank for rank in range(1, TAGS + 1)]
    author_weights = [20.0 if i < CELEBRITIES else pareto(rng, 2.0) for i in range(USERS)]
    drafts = []
    for i in range(ARTICLES):
        chosen = set()
        while len(chosen) < TAGS_PER_ARTICLE:
            chosen.add(rng.choices(tags, tag_weights)[0])
        drafts.append((rng.choices(names, author_weights)[0], {"article": {
            "title": f"{sentence(rng, 4)[:-1]} ({i + 1})",
            "description": sentence(rng, 12),
            "body": "\n\n".join(sentence(rng, rng.randint(30, 80)) for _ in range(rng.randint(2, 5))),
            "tagList": sorted(chosen),
        }}))
    slugs = parallel(lambda d: api.call("POST", "/articles", d[1], tokens[d[0]])["article"]["slug"], drafts)

    # Favorites and comments: long-tailed, most articles have none or one, a few have many.
    popularity = [pareto(rng, 1.2) for _ in slugs]
    favorites = set()
    while len(favorites) < FAVORITES:
        favorites.add((rng.choice(names), rng.choices(slugs, popularity)[0]))
    parallel(lambda f: api.call("POST", f"/articles/{f[1]}/favorite", None, tokens[f[0]]), sorted(favorites))

    comment_weights = [p ** 0.5 for p in popularity]
    comments = [(rng.choice(names), rng.choices(slugs, comment_weights)[0], sentence(rng, rng.randint(8, 40))) for _ in range(COMMENTS)]
    parallel(lambda c: api.call("POST", f"/articles/{c[1]}/comments", {"comment": {"body": c[2]}}, tokens[c[0]]), comments)

    print(
        f"seeded through the API in {time.monotonic() - started:.0f}s: {len(names)} users, {len(follows)} follows, "
        f"{len(slugs)} articles, {len(favorites)} favorites, {len(comments)} comments"
    )


if __name__ == "__main__":
    try:
        main()
    except RuntimeError as error:
        print(f"seed_api.py: {error}", file=sys.stderr)
        sys.exit(1)
