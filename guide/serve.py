#!/usr/bin/env python3
"""Serves the repository over HTTP with CORS allowed, so that Neo4j Browser can :play guide/digestgraph.html.

Neo4j Browser fetches remote guides from the web page (a cross-origin request); python3 -m http.server alone sends
no Access-Control-Allow-Origin header and the guide is refused.
Usage: python3 guide/serve.py [PORT]   (default 8001; serves the current directory)
"""
import http.server
import sys


class CorsHandler(http.server.SimpleHTTPRequestHandler):
    def end_headers(self):
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


if __name__ == "__main__":
    port = int(sys.argv[1]) if len(sys.argv) > 1 else 8001
    http.server.ThreadingHTTPServer(("127.0.0.1", port), CorsHandler).serve_forever()
