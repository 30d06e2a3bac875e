#!/usr/bin/env python3
"""Builds the small attachments the tests read: photos with the metadata a phone writes (EXIF with
a GPS position and an orientation, XMP, a comment) and a one-page letter. Run once with ImageMagick
(`apt-get install imagemagick`); the files it writes are checked in, so the tests need neither."""
import struct, subprocess, zlib

def tiff_with_gps(orientation):
    """A big-endian TIFF block: IFD0 (Make, Orientation, a GPS pointer) and a GPS IFD."""
    make = b"Xiaomi\0\0"
    entries0 = 3
    ifd0 = 8
    make_at = ifd0 + 2 + 12 * entries0 + 4
    gps_at = make_at + len(make)
    out = b"MM\0*" + struct.pack(">I", ifd0)
    out += struct.pack(">H", entries0)
    out += struct.pack(">HHII", 0x010F, 2, len(make), make_at)
    out += struct.pack(">HHIHH", 0x0112, 3, 1, orientation, 0)
    out += struct.pack(">HHII", 0x8825, 4, 1, gps_at)
    out += struct.pack(">I", 0) + make
    # GPS IFD: latitude ref S, latitude 7/1 23/1 24/1 (7°23'24" S, in Purbalingga)
    entries = 2
    rationals_at = gps_at + 2 + 12 * entries + 4
    out += struct.pack(">H", entries)
    out += struct.pack(">HHI4s", 0x0001, 2, 2, b"S\0\0\0")
    out += struct.pack(">HHII", 0x0002, 5, 3, rationals_at)
    out += struct.pack(">I", 0)
    out += struct.pack(">IIIIII", 7, 1, 23, 1, 24, 1)
    return out

def convert(args):
    subprocess.run(["/usr/bin/convert-im6.q16"] + args, check=True)

def jpeg():
    convert(["-size", "24x16", "gradient:red-blue", "-strip", "photo-plain.jpg"])
    data = open("photo-plain.jpg", "rb").read()
    exif = b"Exif\0\0" + tiff_with_gps(6)
    xmp = b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description GPSLatitude='7,23.4S'/></x:xmpmeta>"
    comment = b"Rumah Pak Budi, Jl. Mawar 3"
    def segment(marker, payload):
        return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload
    # After SOI and the JFIF APP0 segment.
    app0_end = 4 + struct.unpack(">H", data[4:6])[0]
    out = data[:app0_end] + segment(0xE1, exif) + segment(0xE1, xmp) + segment(0xFE, comment) + data[app0_end:]
    open("photo.jpg", "wb").write(out)

def png():
    convert(["-size", "24x16", "gradient:green-yellow", "-strip", "photo-plain.png"])
    convert(["-size", "24x16", "gradient:green-yellow", "-strip", "-interlace", "PNG", "photo-interlaced.png"])
    data = open("photo-plain.png", "rb").read()
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))
    ihdr_end = 8 + 12 + 13
    extra = chunk(b"eXIf", tiff_with_gps(1)) + chunk(b"tEXt", b"Comment\0Rumah Pak Budi, Jl. Mawar 3")
    open("photo.png", "wb").write(data[:ihdr_end] + extra + data[ihdr_end:])

def webp():
    convert(["-size", "24x16", "gradient:orange-purple", "-strip", "photo-plain.webp"])
    data = open("photo-plain.webp", "rb").read()
    assert data[12:16] in (b"VP8 ", b"VP8L"), data[12:16]
    def chunk(kind, payload):
        padded = payload + (b"\0" if len(payload) % 2 else b"")
        return kind + struct.pack("<I", len(payload)) + padded
    vp8x = bytes([0x08, 0, 0, 0]) + (24 - 1).to_bytes(3, "little") + (16 - 1).to_bytes(3, "little")
    body = b"WEBP" + chunk(b"VP8X", vp8x) + data[12:] + chunk(b"EXIF", tiff_with_gps(1))
    open("photo.webp", "wb").write(b"RIFF" + struct.pack("<I", len(body)) + body)

def pdf():
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        None,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    content = b"BT /F1 14 Tf 72 770 Td (Surat tanggapan: jalan Desa Karangreja diperbaiki.) Tj ET"
    objects[3] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    open("letter.pdf", "wb").write(out)

jpeg(); png(); webp(); pdf()
