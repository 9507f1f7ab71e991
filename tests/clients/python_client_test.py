#!/usr/bin/env python3
"""The Python client (clients/python/) against the real server.

  python_client_test.py CLAIMGRAPH ARTICLES_DIR

Generates the stubs with python3-grpc-tools, ingests the articles, starts
`claimgraph serve` on 127.0.0.1 with a free port, runs the example script and
checks its answers against the same questions asked through the CLI; then the
helper's paging, deadlines and errors.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from checks import check, summary  # noqa: E402  (tests/checks.py)

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def cli_json(claimgraph, *args):
    return json.loads(subprocess.run([claimgraph, *args, "--json"], check=True,
                                     capture_output=True, text=True).stdout)


def main():
    claimgraph, articles = sys.argv[1:3]
    work = tempfile.mkdtemp(prefix="python_client_test.")
    stubs = os.path.join(work, "stubs")
    subprocess.run([os.path.join(root, "clients/python/generate_stubs.sh"), stubs], check=True)
    sys.path[:0] = [os.path.join(root, "clients/python"), stubs]
    import grpc
    import claimgraph_client

    db = os.path.join(work, "db")
    subprocess.run([claimgraph, "ingest", "--db", db, "--quiet",
                    *sorted(glob.glob(os.path.join(articles, "*.txt")))],
                   check=True, capture_output=True)
    speakers = cli_json(claimgraph, "inspect", "--db", db, "speakers")
    speaker = max(speakers, key=lambda s: (s["claims"], s["name"]))["name"]
    port_file = os.path.join(work, "port")
    server = subprocess.Popen([claimgraph, "serve", "--db", db, "--listen", "127.0.0.1:0",
                               "--port-file", port_file], stdout=subprocess.DEVNULL)
    try:
        for _ in range(200):
            if os.path.exists(port_file) and open(port_file).read().strip():
                break
            time.sleep(0.05)
        address = "127.0.0.1:" + open(port_file).read().strip()

        # The example script, as a user runs it.
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(
            [os.path.join(root, "clients/python"), stubs]))
        said = cli_json(claimgraph, "inspect", "--db", db, "claims", "--speaker", speaker)
        # A word the speaker used: the search has something to find.
        about = re.findall(r"(?<![\w'’])[A-Za-z]{5,}(?![\w'’])", said[0]["content"])[0]
        run = subprocess.run([sys.executable, os.path.join(root, "clients/python/example.py"),
                              "--server", address, "--speaker", speaker, "--disputed", speaker,
                              "--about-speaker",
                              speaker, "--about", about, "--json"],
                             capture_output=True, text=True, env=env)
        check(run.returncode == 0, f"example.py exits 0: {run.stderr}")
        answer = json.loads(run.stdout)
        check([c["claim"] for c in answer["said"]] == [c["id"] for c in said],
              f"example: {speaker}'s claims as the CLI lists them")
        disputes = cli_json(claimgraph, "inspect", "--db", db, "contradictions",
                            "--speaker", speaker)
        check(len(answer["disputes"]) == len(disputes), "example: the speaker's disputes")
        found = cli_json(claimgraph, "inspect", "--db", db, "search", about,
                         "--speaker", speaker)
        check(found and [h["claim"] for h in answer["about"]] == [c["id"] for c in found],
              f"example: search for '{about}' answers as `inspect search` does, in order")
        human = subprocess.run([sys.executable, os.path.join(root, "clients/python/example.py"),
                                "--server", address], capture_output=True, text=True, env=env)
        check(human.returncode == 0 and "What did" in human.stdout,
              f"example.py prints its answers: {human.stderr}")

        # The helper: paging iterators fetch every page.
        with claimgraph_client.connect(address) as cg:
            everything = [c.name for c in cg.claims()]
            claimgraph_client.PAGE_SIZE = 2
            paged = [c.name for c in cg.claims()]
            check(paged == everything and len(everything) > 2,
                  f"paging by 2 gives the same {len(everything)} claims")
            claimgraph_client.PAGE_SIZE = 500
            names = [s.display_name for s in cg.sources(query=speaker.split()[-1])]
            check(speaker in names, "sources(query=surname) finds the speaker")
            claim = cg.claim(everything[0])
            check(claim.name == everything[0], "claim(name) round-trips")
            check(claimgraph_client.resource_id(claim.name) > 0, "resource_id")
            page = cg.export(speaker, format="html", depth=1)
            check(page.media_type == "text/html" and b"cg-data" in page.data,
                  "export(format='html') returns the viewer page")
            missing = "claims/%d" % (claimgraph_client.resource_id(claim.name) + 1)
            try:
                cg.claim(missing)
                check(False, "a missing claim raises")
            except grpc.RpcError as error:
                check(error.code() == grpc.StatusCode.NOT_FOUND,
                      f"NOT_FOUND for a missing claim, not {error.code()}: {error.details()}")
            try:
                list(cg.search('"unclosed'))
                check(False, "a bad query raises")
            except grpc.RpcError as error:
                check(error.code() == grpc.StatusCode.INVALID_ARGUMENT,
                      "INVALID_ARGUMENT for an unclosed phrase")
        # A deadline already passed: gRPC's timers have millisecond grain, so a
        # 1 us deadline let a fast local call finish in about 4% of runs.
        with claimgraph_client.connect(address, deadline=-1.0) as hasty:
            try:
                list(hasty.claims())
                check(False, "a passed deadline raises")
            except grpc.RpcError as error:
                check(error.code() == grpc.StatusCode.DEADLINE_EXCEEDED, "deadline is applied")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
