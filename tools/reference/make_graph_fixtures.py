#!/usr/bin/python3
"""Writes the analysis test fixtures: each graph with reference values from NetworkX and python-igraph.

Run by hand (Debian's python3 with python3-networkx and python3-igraph) from the repository root:
    /usr/bin/python3 tools/reference/make_graph_fixtures.py
The tests read the JSON files it writes and never need Python.
"""
import json
import os
import random

import igraph
import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "tests", "DigestGraph.Tests", "Fixtures", "Graphs")


def karate():
    g = nx.Graph()
    g.add_edges_from(nx.karate_club_graph().edges())
    return g, "Zachary's karate club (34 nodes, 78 edges), unweighted"


def les_miserables():
    return nx.les_miserables_graph(), "Les Miserables character co-occurrence (77 nodes, 254 edges), weighted"


def directed_sample():
    g = nx.gnp_random_graph(40, 0.08, seed=7, directed=True)
    rng = random.Random(7)
    for u, v in g.edges():
        g[u][v]["weight"] = float(rng.randint(1, 5))
    for dangling in (3, 11, 29):  # nodes without out-edges exercise the dangling-node rule
        g.remove_edges_from(list(g.out_edges(dangling)))
    return g, "random directed graph (40 nodes, p=0.08, seed 7), integer weights 1-5, nodes 3, 11 and 29 dangling"


def disconnected():
    parts = [nx.gnp_random_graph(15, 0.3, seed=1), nx.barbell_graph(5, 2), nx.path_graph(4), nx.empty_graph(2)]
    g = nx.disjoint_union_all(parts)
    return g, "a random graph, a barbell, a path and two isolated nodes (disjoint union), unweighted"


def reference(g, weighted):
    w = "weight" if weighted else None
    ref = {
        "generator": f"networkx {nx.__version__}, python-igraph {igraph.__version__}",
        "pagerank": nx.pagerank(g, alpha=0.85, weight=w, tol=1e-14, max_iter=100000),
        "betweenness": nx.betweenness_centrality(g, normalized=True),
        "betweennessRaw": nx.betweenness_centrality(g, normalized=False),
        "betweennessWeighted": nx.betweenness_centrality(g, normalized=True, weight="weight") if weighted else None,
        "components": sorted(
            sorted(map(str, c)) for c in (nx.weakly_connected_components(g) if g.is_directed() else nx.connected_components(g))
        ),
        "coreNumber": nx.core_number(g),
    }
    und = g.to_undirected() if not g.is_directed() else undirected_sum(g)
    ig, names = to_igraph(und)
    weights = ig.es["weight"] if weighted else None
    random.seed(0)  # python-igraph draws from Python's random module
    best = None
    for _ in range(10):
        cl = ig.community_multilevel(weights=weights)
        q = ig.modularity(cl.membership, weights=weights)
        if best is None or q > best[0]:
            best = (q, len(cl), cl)
    ref["igraphMultilevelModularity"] = best[0]
    ref["igraphMultilevelCommunities"] = best[1]
    ref["igraphMultilevelMembership"] = {str(names[i]): c for i, c in enumerate(best[2].membership)}
    # The same partition scored by NetworkX: both libraries define weighted modularity alike.
    ref["networkxModularityOfIgraphPartition"] = nx.algorithms.community.modularity(
        und, [[names[i] for i in c] for c in best[2]], weight="weight" if weighted else None
    )
    return {k: ({str(n): x for n, x in v.items()} if isinstance(v, dict) else v) for k, v in ref.items()}


def undirected_sum(g):
    und = nx.Graph()
    und.add_nodes_from(g.nodes())
    for u, v, d in g.edges(data=True):
        wt = d.get("weight", 1.0)
        if und.has_edge(u, v):
            und[u][v]["weight"] += wt
        else:
            und.add_edge(u, v, weight=wt)
    return und


def to_igraph(g):
    names = list(g.nodes())
    index = {n: i for i, n in enumerate(names)}
    ig = igraph.Graph(n=len(names), edges=[(index[u], index[v]) for u, v in g.edges()], directed=False)
    ig.es["weight"] = [float(d.get("weight", 1.0)) for _, _, d in g.edges(data=True)]
    return ig, names


def write(name, g, description, weighted):
    data = {
        "name": name,
        "description": description,
        "directed": g.is_directed(),
        "weighted": weighted,
        "nodes": [str(n) for n in g.nodes()],
        "edges": [[str(u), str(v), float(d.get("weight", 1.0))] for u, v, d in g.edges(data=True)],
        "reference": reference(g, weighted),
    }
    with open(os.path.join(OUT, f"{name}.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for name, factory, weighted in [
        ("karate", karate, False),
        ("les-miserables", les_miserables, True),
        ("directed", directed_sample, True),
        ("disconnected", disconnected, False),
    ]:
        g, description = factory()
        write(name, g, description, weighted)
        print(name, g.number_of_nodes(), g.number_of_edges())
