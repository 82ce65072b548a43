// validate.mjs [DIR] — offline validation of the Kubernetes manifests (default deploy/kubernetes):
// 1. every object against the Kubernetes API's JSON schemas (kubernetes-models, generated from the OpenAPI
//    specification of Kubernetes, validated with ajv; no cluster, no network);
// 2. what the schemas cannot see: selectors match the pods, named ports exist, probes use SmallRye Health on the
//    management port, the grace period covers the shutdown settings, Ingress never routes the management port,
//    and the API's ConfigMap and Secret (the web client's ConfigMap for its own variables) set every variable that
//    README "Configuration for production" lists.
// Prints one line per failure and "Kubernetes manifests: N passed, M failed"; exits 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { Ingress } from 'kubernetes-models/networking.k8s.io/v1/Ingress';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dir = path.resolve(process.argv[2] || path.join(root, 'deploy/kubernetes'));
const models = { ConfigMap, Secret, Service, Deployment, HorizontalPodAutoscaler, PodDisruptionBudget, Ingress };
let passed = 0;
const failures = [];
const check = (what, ok) => (ok ? passed++ : failures.push(what));

const kustomization = parseAllDocuments(fs.readFileSync(path.join(dir, 'kustomization.yaml'), 'utf8'))[0].toJS();
const objects = [];
for (const file of kustomization.resources) {
  for (const document of parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))) {
    if (document.errors.length) { failures.push(`${file}: ${document.errors[0].message}`); continue; }
    const object = document.toJS();
    const Model = models[object?.kind];
    if (!Model || object.apiVersion !== Model.apiVersion) { failures.push(`${file}: no schema for ${object?.apiVersion} ${object?.kind}`); continue; }
    try {
      new Model(object).validate();
      passed++;
    } catch (error) {
      failures.push(`${file}: ${object.kind} ${object.metadata?.name}: ${error.message.split('\n')[0]}`);
    }
    objects.push({ file, ...object });
  }
}
const all = (kind) => objects.filter((o) => o.kind === kind);
const byName = (kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
const matches = (selector, labels) => Object.entries(selector || {}).every(([k, v]) => labels?.[k] === v);
const duration = (text) => Number(/^PT(\d+)S$/.exec(text || '')?.[1] ?? NaN);

for (const deployment of all('Deployment')) {
  const name = deployment.metadata.name;
  const pod = deployment.spec.template;
  check(`${name}: selector matches its pods`, matches(deployment.spec.selector.matchLabels, pod.metadata.labels));
  for (const container of pod.spec.containers) {
    const ports = new Set((container.ports || []).map((p) => p.name));
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) {
      check(`${name}: ${probe} on a named port of the container`, ports.has(container[probe]?.httpGet?.port));
    }
    for (const source of container.envFrom || []) {
      const ref = source.configMapRef || source.secretRef;
      check(`${name}: ${ref.name} exists`, byName(source.configMapRef ? 'ConfigMap' : 'Secret', ref.name));
    }
  }
  check(`${name}: a HorizontalPodAutoscaler`, all('HorizontalPodAutoscaler').some((h) => h.spec.scaleTargetRef.name === name));
  check(`${name}: a PodDisruptionBudget`, all('PodDisruptionBudget').some((b) => matches(b.spec.selector.matchLabels, pod.metadata.labels)));
  check(`${name}: a Service`, all('Service').some((s) => matches(s.spec.selector, pod.metadata.labels)));
}

const api = byName('Deployment', 'kreativland-api');
const apiContainer = api?.spec.template.spec.containers[0];
const apiConfig = { ...byName('ConfigMap', 'kreativland-api')?.data, ...byName('Secret', 'kreativland-api')?.stringData };
check('API probes: SmallRye Health started/live/ready on the management port',
  apiContainer?.startupProbe?.httpGet?.path === '/q/health/started' && apiContainer?.livenessProbe?.httpGet?.path === '/q/health/live'
  && apiContainer?.readinessProbe?.httpGet?.path === '/q/health/ready'
  && [apiContainer.startupProbe, apiContainer.livenessProbe, apiContainer.readinessProbe].every((p) => p.httpGet.port === 'management'));
check('API management port is the one KL_MANAGEMENT_PORT names, on all interfaces of the pod',
  apiContainer?.ports.find((p) => p.name === 'management')?.containerPort === Number(apiConfig.KL_MANAGEMENT_PORT)
  && apiConfig.KL_MANAGEMENT_HOST === '0.0.0.0');
check('API grace period covers KL_SHUTDOWN_DELAY + KL_SHUTDOWN_TIMEOUT',
  api?.spec.template.spec.terminationGracePeriodSeconds > duration(apiConfig.KL_SHUTDOWN_DELAY) + duration(apiConfig.KL_SHUTDOWN_TIMEOUT));
check('API production migrations only (no demo world)', apiConfig.QUARKUS_FLYWAY_LOCATIONS === 'db/migration');

const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const section = readme.split('\n## Configuration for production')[1]?.split('\n## ')[0] || '';
const listed = [...new Set(section.split('\n').filter((l) => l.startsWith('| `')).flatMap((l) => [...l.split('|')[1].matchAll(/`((?:QUARKUS|KL)_[A-Z_]+)`/g)].map((m) => m[1])))];
check('README lists the API variables', listed.length >= 5);
// The web client's variables are the ones its config writer reads; they belong in the web ConfigMap.
const webVariables = new Set(
  [...fs.readFileSync(path.join(root, 'web-client/scripts/write-config.mjs'), 'utf8').matchAll(/process\.env\.(KL_[A-Z_]+)/g)].map((m) => m[1]));
const webConfig = { ...byName('ConfigMap', 'kreativland-web')?.data };
for (const variable of listed) {
  if (webVariables.has(variable)) {
    check(`web ConfigMap sets ${variable} (README "Configuration for production")`, variable in webConfig);
  } else {
    check(`API ConfigMap or Secret sets ${variable} (README "Configuration for production")`, variable in apiConfig);
  }
}

for (const service of all('Service')) {
  const pods = all('Deployment').find((d) => matches(service.spec.selector, d.spec.template.metadata.labels));
  const names = new Set(pods?.spec.template.spec.containers.flatMap((c) => (c.ports || []).map((p) => p.name)));
  for (const port of service.spec.ports) {
    check(`Service ${service.metadata.name}: targetPort ${port.targetPort} exists`, names.has(port.targetPort));
    check(`Service ${service.metadata.name}: never the management port`, port.targetPort !== 'management');
  }
}
for (const ingress of all('Ingress')) {
  for (const rule of ingress.spec.rules) {
    for (const p of rule.http.paths) {
      const service = byName('Service', p.backend.service.name);
      check(`Ingress ${rule.host}${p.path}: Service ${p.backend.service.name} with port ${p.backend.service.port.name}`,
        service?.spec.ports.some((port) => port.name === p.backend.service.port.name));
    }
  }
}

for (const failure of failures) console.log(`FAIL ${failure}`);
console.log(`Kubernetes manifests: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
