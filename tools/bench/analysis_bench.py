#!/usr/bin/python3
"""Times graph analysis in python-igraph or NetworkX on an edge-list file, for the C# AnalysisBenchmark to compare against.

Usage (the benchmark runs it; Debian's python3 with python3-igraph / python3-networkx):
    /usr/bin/python3 tools/bench/analysis_bench.py --edges graph.txt --library igraph \
        --tasks community,pagerank,betweenness-exact,betweenness-sampled --sample 100 --seed 1 --repeats 3 \
        --membership-out graph.igraph
Edge file: a first line "# nodes N", then one "u v" pair of 0-based node indices per line (undirected, unweighted).
Prints one JSON object: per task the best wall time over the repeats (seconds) and the peak resident memory above
the resident size before the task (bytes, from VmHWM after resetting it through /proc/self/clear_refs).
"""
import argparse
import gc
import json
import random
import sys
import time


def read_edges(path):
    with open(path, encoding="ascii") as f:
        header = f.readline().split()
        if header[:2] != ["#", "nodes"]:
            sys.exit(f"{path}:1: expected '# nodes N'")
        n = int(header[2])
        edges = [tuple(map(int, line.split())) for line in f]
    return n, edges


def status_kb(field):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def measure(task, repeats):
    best, peak, result = None, 0, None
    for _ in range(repeats):
        gc.collect()
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")  # resets VmHWM to the current resident size
        base = status_kb("VmRSS")
        start = time.perf_counter()
        result = task()
        elapsed = time.perf_counter() - start
        peak = max(peak, (status_kb("VmHWM") - base) * 1024)
        best = elapsed if best is None else min(best, elapsed)
    return best, peak, result


def igraph_tasks(n, edges, args):
    import igraph

    g = igraph.Graph(n=n, edges=edges, directed=False)
    # python-igraph 0.10 cannot restrict betweenness to sampled sources, so it has no betweenness-sampled task.
    return igraph.__version__, {
        "community": lambda: g.community_multilevel().membership,
        "community-leiden": lambda: g.community_leiden(objective_function="modularity", n_iterations=2).membership,
        "pagerank": lambda: g.pagerank(damping=0.85),  # PRPACK, igraph's default
        "pagerank-arpack": lambda: g.pagerank(damping=0.85, implementation="arpack"),
        "betweenness-exact": lambda: g.betweenness(directed=False),
    }


def networkx_tasks(n, edges, args):
    import networkx as nx

    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(edges)

    def louvain():
        membership = [0] * n
        for c, nodes in enumerate(nx.algorithms.community.louvain_communities(g, seed=args.seed)):
            for v in nodes:
                membership[v] = c
        return membership

    return nx.__version__, {
        "community": louvain,
        "pagerank": lambda: nx.pagerank(g, alpha=0.85),
        "betweenness-exact": lambda: nx.betweenness_centrality(g),
        "betweenness-sampled": lambda: nx.betweenness_centrality(g, k=min(args.sample, n), seed=args.seed),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--edges", required=True)
    parser.add_argument("--library", choices=["igraph", "networkx"], required=True)
    parser.add_argument("--tasks", required=True)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--membership-out", help="prefix: community memberships go to PREFIX.<task>, one line per node")
    args = parser.parse_args()
    random.seed(args.seed)  # python-igraph's community detection draws from Python's random module

    n, edges = read_edges(args.edges)
    start = time.perf_counter()
    version, available = (igraph_tasks if args.library == "igraph" else networkx_tasks)(n, edges, args)
    load = time.perf_counter() - start
    del edges
    report = {"library": args.library, "version": version, "loadSeconds": load, "tasks": {}}
    for name in args.tasks.split(","):
        if name not in available:
            report["tasks"][name] = {"skipped": f"{args.library} {version} has no {name}"}
            continue
        seconds, peak, result = measure(available[name], args.repeats)
        entry = {"seconds": seconds, "peakBytes": peak}
        if name.startswith("community") and args.membership_out:
            with open(f"{args.membership_out}.{name}", "w") as f:
                f.write("\n".join(map(str, result)) + "\n")
            entry["communities"] = len(set(result))
        report["tasks"][name] = entry
    json.dump(report, sys.stdout)
    print()


if __name__ == "__main__":
    main()
