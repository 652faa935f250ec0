#!/usr/bin/env python3
"""Builds examples/image/app.oci: a tiny OCI image layout with typical problems, for the README's
demo (`./lashing image examples/image/app.oci`) and for the launcher's class-data-sharing training run.

Deterministic (fixed mtimes, gzip mtime 0), so re-running it changes nothing. Every file is made up
here; the "secrets" are fake values in real formats, so that the secret rules have something to find.
  python3 examples/image/make-example.py
"""
import gzip, hashlib, io, json, os, shutil, tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "app.oci")
MTIME = 1_600_000_000  # 2020-09-13: old enough for the image-age rule

def tar_layer(entries):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as t:
        for name, kind, mode, data in entries:
            ti = tarfile.TarInfo(name)
            ti.mtime, ti.mode, ti.uid, ti.gid = MTIME, mode, 0, 0
            if kind == "dir":
                ti.type = tarfile.DIRTYPE
                t.addfile(ti)
            else:
                ti.size = len(data)
                t.addfile(ti, io.BytesIO(data))
    return raw.getvalue()

def blob(data):
    digest = hashlib.sha256(data).hexdigest()
    with open(os.path.join(OUT, "blobs", "sha256", digest), "wb") as f:
        f.write(data)
    return "sha256:" + digest, len(data)

def gz(data):
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0, compresslevel=9) as g:
        g.write(data)
    return out.getvalue()

base = [
    ("etc", "dir", 0o755, b""),
    ("etc/os-release", "file", 0o644, b'PRETTY_NAME="Debian GNU/Linux 10 (buster)"\nNAME="Debian GNU/Linux"\n'
        b'VERSION_ID="10"\nVERSION="10 (buster)"\nVERSION_CODENAME=buster\nID=debian\n'),
    ("etc/passwd", "file", 0o644, b"root:x:0:0:root:/root:/bin/sh\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
        b"app:x:1000:1000::/app:/bin/sh\n"),
    ("etc/group", "file", 0o644, b"root:x:0:\ndaemon:x:1:\napp:x:1000:\n"),
    ("etc/shadow", "file", 0o640, b"root:*:18000:0:99999:7:::\ndaemon:*:18000:0:99999:7:::\napp::18000:0:99999:7:::\n"),
    ("bin", "dir", 0o755, b""),
    ("bin/sh", "file", 0o755, b"#!/bin/false\n# placeholder shell\n"),
    ("usr", "dir", 0o755, b""),
    ("usr/bin", "dir", 0o755, b""),
    ("usr/bin/sudo", "file", 0o4755, b"\x7fELF placeholder\x00"),
    ("usr/bin/curl", "file", 0o755, b"\x7fELF placeholder\x00"),
]
app = [
    ("app", "dir", 0o777, b""),
    ("app/server.py", "file", 0o644, b"import http.server\nhttp.server.test(port=80)\n"),
    ("app/.env", "file", 0o644, b"GITHUB_TOKEN=ghp_R4nd0mLook1ngFakeT0kenF0rDem0s0000x1\n"),
]
cleanup = [
    ("app/.wh..env", "file", 0o644, b""),
]

shutil.rmtree(OUT, ignore_errors=True)
os.makedirs(os.path.join(OUT, "blobs", "sha256"))
layers, diff_ids = [], []
for entries in (base, app, cleanup):
    plain = tar_layer(entries)
    diff_ids.append("sha256:" + hashlib.sha256(plain).hexdigest())
    digest, size = blob(gz(plain))
    layers.append({"mediaType": "application/vnd.oci.image.layer.v1.tar+gzip", "digest": digest, "size": size})
created = "2020-09-13T12:26:40Z"
config = {
    "created": created, "architecture": "amd64", "os": "linux",
    "config": {
        "Env": ["PATH=/usr/local/bin:/usr/bin:/bin", "DB_PASSWORD=hunter2-not-a-real-one"],
        "Cmd": ["python3", "/app/server.py"], "WorkingDir": "/app", "ExposedPorts": {"80/tcp": {}},
    },
    "rootfs": {"type": "layers", "diff_ids": diff_ids},
    "history": [
        {"created": created, "created_by": "/bin/sh -c #(nop) ADD file:0123456789abcdef in / "},
        {"created": created, "created_by": "/bin/sh -c #(nop)  CMD [\"/bin/sh\"]", "empty_layer": True},
        {"created": created, "created_by": "/bin/sh -c #(nop) COPY dir:fedcba9876543210 in /app "},
        {"created": created, "created_by": "/bin/sh -c rm /app/.env && chmod 777 /app"},
        {"created": created, "created_by": "/bin/sh -c #(nop)  ENV DB_PASSWORD=hunter2-not-a-real-one", "empty_layer": True},
        {"created": created, "created_by": "/bin/sh -c #(nop)  CMD [\"python3\" \"/app/server.py\"]", "empty_layer": True},
    ],
}
config_digest, config_size = blob(json.dumps(config, indent=2).encode())
manifest = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
            "config": {"mediaType": "application/vnd.oci.image.config.v1+json", "digest": config_digest,
                       "size": config_size},
            "layers": layers}
manifest_digest, manifest_size = blob(json.dumps(manifest, indent=2).encode())
index = {"schemaVersion": 2, "manifests": [{"mediaType": "application/vnd.oci.image.manifest.v1+json",
         "digest": manifest_digest, "size": manifest_size,
         "annotations": {"org.opencontainers.image.ref.name": "example/app:latest"}}]}
with open(os.path.join(OUT, "index.json"), "w") as f:
    json.dump(index, f, indent=2)
with open(os.path.join(OUT, "oci-layout"), "w") as f:
    json.dump({"imageLayoutVersion": "1.0.0"}, f)
print("wrote", OUT)
