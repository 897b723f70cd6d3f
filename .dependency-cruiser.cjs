/**
 * The layer rule: a folder of src/ imports only folders below it. Layers, bottom to top; folders on
 * one line are one layer and do not import each other.
 */
const layers = [
  ['shared'],
  ['stats'],
  ['sources', 'slog', 'kernel-db'],
  ['analyzers'],
  ['run-files'],
  ['pipeline'],
  ['report'],
  ['history'],
  ['gate'],
  ['engine'],
  ['render'],
  ['publish'],
  ['entry'],
];

const known = layers.flat();
const forbidden = layers.map((layer, i) => {
  const notBelow = layers.slice(i).flat();
  return {
    name: `layer-${layer.join('-')}`,
    comment: `${layer.join(', ')} may import only the layers below it`,
    severity: 'error',
    from: { path: `^src/(${layer.join('|')})/` },
    to: {
      path: `^src/(${notBelow.join('|')})/`,
      // A folder may import itself.
      pathNot: [`^src/$1/`],
    },
  };
});

module.exports = {
  forbidden: [
    ...forbidden,
    {
      name: 'known-layer',
      comment: 'every folder of src/ has a place in the layer list above',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: [`^src/(${known.join('|')})/`] },
    },
    {
      name: 'actions-only-at-the-edge',
      comment: 'pure logic never imports @actions/*: only the GitHub source, the GitHub publisher and the entry points do',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/(sources/github|publish/github|entry)/'] },
      to: { path: '^node_modules/@actions/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
