// Usage: node synth.js [COUNT [OUTDIR]]
// Synthesizes COUNT (default 3) Jobs of the seed's three shapes with cdk8s + cdk8s-plus-33 into one YAML file,
// OUTDIR/app.k8s.yaml (default OUTDIR: dist). The cdk8s side of the JobSharp end-to-end comparison.
'use strict';

const { App, Chart, ApiObject, JsonPatch, YamlOutputType } = require('cdk8s');
const kplus = require('cdk8s-plus-33');

const count = process.argv.length > 2 ? parseInt(process.argv[2], 10) : 3;
const outdir = process.argv.length > 3 ? process.argv[3] : 'dist';

const app = new App({ outdir, yamlOutputType: YamlOutputType.FILE_PER_APP });
const chart = new Chart(app, 'jobs', { namespace: 'myspace', disableResourceNameHashes: true });
const mysqlConfig = kplus.ConfigMap.fromConfigMapName(chart, 'mysql-config', 'mysql-config');
const mysqlSecret = kplus.Secret.fromSecretName(chart, 'mysql-secret', 'mysql-secret');

function job(name, completions, parallelism, backoffLimit, restartPolicy, container) {
  const result = new kplus.Job(chart, name, {
    metadata: { name },
    backoffLimit,
    restartPolicy,
    containers: [container],
  });
  const model = ApiObject.of(result);
  model.addJsonPatch(JsonPatch.add('/spec/completions', completions));
  model.addJsonPatch(JsonPatch.add('/spec/parallelism', parallelism));
  return result;
}

const shapes = [
  (i) => job(`hello-job-${i}`, 1, 1, undefined, kplus.RestartPolicy.NEVER, {
    name: 'hello',
    image: 'busybox',
    command: ['sh', '-c', 'echo "Job ran at $(date)"'],
  }),
  (i) => job(`db-migration-${i}`, 1, 1, 3, kplus.RestartPolicy.ON_FAILURE, {
    name: 'migrate',
    image: 'shubhamm18/diffpods:01',
    command: ['sh', '-c', 'echo "Running DB migration..."\nnode migrate.js\necho "Migration complete"\n'],
    envVariables: {
      DB_HOST: kplus.EnvValue.fromConfigMap(mysqlConfig, 'DB_HOST'),
      DB_PASSWORD: kplus.EnvValue.fromSecretValue({ secret: mysqlSecret, key: 'MYSQL_ROOT_PASSWORD' }),
    },
  }),
  (i) => job(`batch-processor-${i}`, 5, 2, 2, kplus.RestartPolicy.ON_FAILURE, {
    name: 'processor',
    image: 'busybox',
    command: ['sh', '-c', 'echo "Processing batch item on pod: $HOSTNAME"\nsleep 5\necho "Done"\n'],
  }),
];

for (let i = 0; i < count; i++) {
  shapes[i % 3](i);
}

app.synth();
