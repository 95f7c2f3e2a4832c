#!/usr/bin/env python3
"""Seed inputs for each fuzz target, made at run time from ../shared/corpora (never copied
into the project) plus a few written here: make-seeds.py SHARED OUT. Each target gets a
folder OUT/TARGET of small files; a missing corpus only means fewer seeds."""
import glob, gzip, json, os, random, re, sys

shared, out = sys.argv[1], sys.argv[2]
corpora = os.path.join(shared, "corpora")
rng = random.Random(7)


def some(pattern, limit):
    paths = sorted(glob.glob(os.path.join(corpora, pattern), recursive=True))
    rng.shuffle(paths)
    return paths[:limit]


def write(target, name, data):
    os.makedirs(os.path.join(out, target), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    with open(os.path.join(out, target, name), "wb") as f:
        f.write(data)


def read(path):
    with (gzip.open if path.endswith(".gz") else open)(path, "rb") as f:
        return f.read()


texts = some("polnear/*/text/*.txt", 120) + sorted(glob.glob(os.path.join(shared, "seed", "*")))
for i, path in enumerate(texts):
    text = read(path)
    for target in ("plain-text", "sentences", "quotes"):
        write(target, f"{i}.txt", text)
    front = f"---\ntitle: \"Article {i}\"\ndate: 2016-0{1 + i % 9}-1{i % 10}\nauthor: A. Writer\n---\n"
    write("markdown", f"{i}.md", front.encode() + text)

for i, path in enumerate(some("timebank/**/*.tml", 80)):
    text = re.sub(rb"<[^>]*>", b"", read(path))
    write("timex", f"{i}.txt", bytes([i % 40, i % 251]) + text)

for i, path in enumerate(some("feeds/**/*.xml", 200) + some("feeds/**/*.rss", 50) + some("feeds/**/*.atom", 50)):
    write("feed", f"{i}.xml", read(path))

for i, path in enumerate(some("html/pages/*.html*", 92)):
    write("html", f"{i}.html", read(path))


def lines(path, per_file, files):
    try:
        with open(path, "rb") as f:
            all_lines = f.readlines()
    except OSError:
        return []
    return [b"".join(all_lines[k : k + per_file]) for k in range(0, min(len(all_lines), per_file * files), per_file)]


for i, chunk in enumerate(lines(os.path.join(corpora, "stories/uci-headlines-dev.jsonl"), 40, 40)):
    write("stories", f"{i}.jsonl", chunk)
    write("json", f"h{i}.jsonl", chunk)
for i, chunk in enumerate(lines(os.path.join(corpora, "reuters/reuters21578.jsonl"), 3, 40)):
    write("json", f"r{i}.jsonl", chunk)
for i, path in enumerate(some("feeds/**/*.json", 40)):
    write("json", f"f{i}.json", read(path))

for i, queries in enumerate(["b\nbr\nbri\nbridge", "@Park\n@Park bridge\nit", "Nobody\nnobody asked", "@Elena_Park r\n東京"]):
    write("search", f"{i}.txt", queries)

hostile = [
    "plain \x1b[31mred\x1b[0m text", "\x1b]52;c;aGVsbG8=\x07 clipboard", "\x1bP1$r0m\x1b\\ dcs", "\x1b_apc\x1b\\",
    "\x9b31m C1 CSI \x9d0;title\x9c", "bidi \u202eevil\u202c \u2066x\u2069", "zero\u200bwidth\u200d", "e" + "\u0301" * 200,
    "tab\there\r\nline\x00nul\x7fdel", "\u4e2d\u6587 wide \U0001F600 emoji",
]
for i, text in enumerate(hostile):
    write("sanitiser", f"{i}.txt", text)
write("sanitiser", "invalid-utf8.bin", b"\xff\xfe\xc0\xaf\xed\xa0\x80 \x1b[2J")
