// Renders scriptorium.svg into what each system wants, into the folder given (default: ../target/icon):
//   scriptorium-SIZE.png for 16..1024, scriptorium.png (512, Linux), scriptorium.ico (Windows: 16..256),
//   scriptorium.icns (macOS: 16..1024). ICO and ICNS are written here: both are small containers of PNG images.
//
//   node packaging/icon/render.mjs [OUT_DIR]
import { Resvg } from "@resvg/resvg-js";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, "..", "target", "icon");
const svg = readFileSync(join(here, "scriptorium.svg"));
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

function render(size) {
  return new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
}

// ICO: a directory of entries, each pointing at a PNG (allowed since Windows Vista). 256 is written as 0.
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2);
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

// ICNS: "icns", the total length, then chunks of a four-letter type, their length and a PNG.
const icnsTypes = { 16: "icp4", 32: "icp5", 64: "icp6", 128: "ic07", 256: "ic08", 512: "ic09", 1024: "ic10" };
function icns(images) {
  const chunks = images.map(({ size, png }) => {
    const head = Buffer.alloc(8);
    head.write(icnsTypes[size], 0, "ascii");
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write("icns", 0, "ascii");
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

mkdirSync(out, { recursive: true });
const pngs = new Map(sizes.map((size) => [size, render(size)]));
for (const [size, png] of pngs) {
  writeFileSync(join(out, `scriptorium-${size}.png`), png);
}
writeFileSync(join(out, "scriptorium.png"), pngs.get(512));
writeFileSync(join(out, "scriptorium.ico"), ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: pngs.get(size) }))));
writeFileSync(join(out, "scriptorium.icns"), icns(Object.keys(icnsTypes).map(Number).map((size) => ({ size, png: pngs.get(size) }))));
console.log(`icon: ${sizes.length} PNG sizes, scriptorium.ico and scriptorium.icns in ${out}`);
