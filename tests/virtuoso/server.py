"""A throw-away Virtuoso Open Source 7 instance on 127.0.0.1 (for tests and benchmarks).

Its database lives in a temporary folder; the ports are free ones picked at start; the packaged service and its
database are never touched. Usage:

    with Virtuoso() as v:
        v.sparql_json("SELECT ...")          # GET /sparql, JSON results
        v.gsp_url                             # Graph Store endpoint with digest auth (user dba, password dba)
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request

PACKAGED_INI = "/etc/virtuoso-opensource-7/virtuoso.ini"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Virtuoso:
    def __init__(self, max_rows=1_000_000):
        self.max_rows = max_rows
        self.proc = None
        self.dir = None

    def _ini(self):
        sql_port, http_port = free_port(), free_port()
        while http_port == sql_port:
            http_port = free_port()
        self.sql_port, self.http_port = sql_port, http_port
        d = self.dir
        overrides = {
            "Database": {"DatabaseFile": f"{d}/virtuoso.db", "ErrorLogFile": f"{d}/virtuoso.log",
                         "LockFile": f"{d}/virtuoso.lck", "TransactionFile": f"{d}/virtuoso.trx",
                         "xa_persistent_file": f"{d}/virtuoso.pxa"},
            "TempDatabase": {"DatabaseFile": f"{d}/virtuoso-temp.db", "TransactionFile": f"{d}/virtuoso-temp.trx"},
            "Parameters": {"ServerPort": f"127.0.0.1:{sql_port}", "DisableUnixSocket": "1",
                           "DirsAllowed": f"., {d}, /usr/share/virtuoso-opensource-7/vad",
                           "NumberOfBuffers": "170000", "MaxDirtyBuffers": "130000"},
            "HTTPServer": {"ServerPort": f"127.0.0.1:{http_port}"},
            "SPARQL": {"ResultSetMaxRows": str(self.max_rows), "MaxQueryExecutionTime": "120"},
        }
        out, section = [], None
        for line in open(PACKAGED_INI, encoding="utf-8", errors="replace"):
            s = line.strip()
            if s.startswith("[") and s.endswith("]"):
                section = s[1:-1]
            elif section in overrides and "=" in s and not s.startswith(";"):
                key = s.split("=", 1)[0].strip()
                if key in overrides[section]:
                    line = f"{key} = {overrides[section].pop(key)}\n"
            elif section == "Plugins":
                continue  # no hosting plugins
            out.append(line)
        for section, rest in overrides.items():  # keys the packaged file lacks
            for key, value in rest.items():
                i = next(k for k, l in enumerate(out) if l.strip() == f"[{section}]")
                out.insert(i + 1, f"{key} = {value}\n")
        path = f"{d}/virtuoso.ini"
        with open(path, "w", encoding="utf-8") as f:
            f.writelines(out)
        return path

    def __enter__(self):
        if not shutil.which("virtuoso-t"):
            raise RuntimeError("virtuoso-t not found: run scripts/setup.sh --test (Debian virtuoso-opensource-7)")
        self.dir = tempfile.mkdtemp(prefix="citykg-virtuoso-")
        ini = self._ini()
        self.log = open(f"{self.dir}/stdout.log", "w")
        self.proc = subprocess.Popen(["virtuoso-t", "+configfile", ini, "+foreground"], cwd=self.dir,
                                     stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.time() + 60
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError("virtuoso-t exited: " + open(f"{self.dir}/stdout.log").read()[-2000:])
            try:
                urllib.request.urlopen(f"{self.base}/sparql?query=ASK%7B%7D", timeout=2).read()
                return self
            except Exception:
                time.sleep(0.3)
        self.__exit__(None, None, None)
        raise RuntimeError("virtuoso did not answer within 60 s")

    def __exit__(self, *exc):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        if self.dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    @property
    def base(self):
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def gsp_url(self):
        return f"{self.base}/sparql-graph-crud-auth"

    def sparql_json(self, query, graph=None):
        params = {"query": query}
        if graph:
            params["default-graph-uri"] = graph
        req = urllib.request.Request(f"{self.base}/sparql?" + urllib.parse.urlencode(params),
                                     headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=300) as r:
            if r.headers.get("X-SPARQL-MaxRows"):
                raise RuntimeError(f"virtuoso truncated the answer at {r.headers['X-SPARQL-MaxRows']} rows")
            return json.loads(r.read().decode("utf-8"))
