#!/usr/bin/python3
"""A file that vanishes during a run: starts CITYKG build on FOLDER, waits (inotify) until it has finished reading
SLOW (a large report it then spends a while extracting, so the file list is already made), deletes GONE, and exits
with citykg's status. Usage: vanish.py FOLDER SLOW GONE OUTDIR CITYKG"""
import ctypes
import os
import struct
import subprocess
import sys

folder, slow, gone, outdir, citykg = sys.argv[1:6]
IN_CLOSE_NOWRITE = 0x10
libc = ctypes.CDLL("libc.so.6", use_errno=True)
fd = libc.inotify_init()
if fd < 0 or libc.inotify_add_watch(fd, os.fsencode(slow), IN_CLOSE_NOWRITE) < 0:
    sys.exit(f"vanish.py: inotify failed: {os.strerror(ctypes.get_errno())}")
run = subprocess.Popen([citykg, "build", folder, "-o", outdir, "-q", "-j", "1"], stderr=subprocess.PIPE, text=True)
data = os.read(fd, 4096)  # blocks until citykg has read SLOW
assert struct.unpack_from("iIII", data)[1] & IN_CLOSE_NOWRITE
os.remove(gone)
_, err = run.communicate()
sys.stderr.write(err)
sys.exit(run.returncode)
