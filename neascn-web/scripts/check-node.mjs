// Run by npm before a build: the same check Maven's enforcer makes, for builds started from npm.
const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`neascn-web is built with Node.js 20 or later; this is ${process.version}.`);
  process.exit(1);
}
