import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { freePorts } from './free-ports';

/** Debian's binaries (clickhouse-server, zookeeper); scripts/install-test-packages.js installs them. */
const CLICKHOUSE_SERVER = '/usr/sbin/clickhouse-server';
const ZOOKEEPER_JAR = '/usr/share/java/zookeeper.jar';
const READY_TIMEOUT_MS = 120_000;
const STOP_GRACE_MS = 2_000;
const START_ATTEMPTS = 4;

/** A running two-shard ClickHouse cluster (one replica per shard) with its ZooKeeper, all on loopback. */
export interface ClickHouseCluster {
  /** The `remote_servers` name. */
  cluster: string;
  user: string;
  password: string;
  /** HTTP ports of shard 1 and shard 2. */
  httpPorts: [number, number];
  /** Native (TCP) ports of shard 1 and shard 2: the servers reach each other there. */
  tcpPorts: [number, number];
  /** A port nothing listens on, for the unreachable-server tests. */
  closedPort: number;
  /** Stops the server of shard 1 or 2 (ZooKeeper and the other shard keep running). */
  stopShard(shard: 1 | 2): Promise<void>;
  stop(): Promise<void>;
}

/** Why the cluster cannot run here (binaries missing), or undefined when it can. */
export function clusterUnavailable(): string | undefined {
  const missing = [[CLICKHOUSE_SERVER, 'clickhouse-server'], [ZOOKEEPER_JAR, 'zookeeper']].filter(([file]) => !fs.existsSync(file)).map(([, name]) => name);
  if (missing.length) return `Debian package ${missing.join(' and ')} missing (npm test installs it as root: scripts/install-test-packages.js)`;
  if (!onPath('java')) return 'java missing (the zookeeper package depends on a JRE)';
  return undefined;
}

/**
 * Starts ZooKeeper and two ClickHouse servers (shards 01 and 02) with config files and data in a
 * temp dir, on free loopback ports, and waits until both answer and reach ZooKeeper. `stop()`
 * ends every process and removes the dir; a failure while starting stops what did start.
 */
export async function startClickHouseCluster(): Promise<ClickHouseCluster> {
  // ClickHouse 18.16 that lost its ZooKeeper session (a busy machine) may crash on its next
  // ON CLUSTER DDL (a null session in zkutil::ZooKeeper::createImpl): the start probes that DDL
  // and starts afresh when a server died of it.
  for (let attempt = 1; ; attempt++) {
    const cluster = await startOnce();
    if (await survivesDdl(cluster) || attempt === START_ATTEMPTS) return cluster;
    await cluster.stop();
  }
}

async function startOnce(): Promise<ClickHouseCluster & { alive(): boolean }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'strata-ch-'));
  const processes: ChildProcess[] = [];
  // Should the test run itself be killed, the servers go with it.
  const killAll = (): void => processes.forEach((p) => p.kill('SIGKILL'));
  process.once('exit', killAll);
  const stop = async (): Promise<void> => {
    process.removeListener('exit', killAll);
    await Promise.all(processes.map(stopProcess));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const [zkPort, http1, tcp1, inter1, http2, tcp2, inter2, closedPort] = await freePorts(8);
    const password = randomBytes(12).toString('hex');
    const cluster = 'strata_test';
    processes.push(startZooKeeper(dir, zkPort));
    // ClickHouse 18.16 that cannot reach ZooKeeper while starting keeps a null session and
    // crashes on its first ON CLUSTER DDL: ZooKeeper must serve before the servers start.
    await waitZooKeeper(zkPort, processes);
    const shards = [{ http: http1, tcp: tcp1, inter: inter1 }, { http: http2, tcp: tcp2, inter: inter2 }];
    shards.forEach((ports, i) => {
      const home = path.join(dir, `shard${i + 1}`);
      fs.mkdirSync(home);
      fs.writeFileSync(path.join(home, 'config.xml'), serverConfig(home, i + 1, ports, zkPort, cluster, shards.map((s) => s.tcp), password));
      fs.writeFileSync(path.join(home, 'users.xml'), usersConfig(password));
      processes.push(spawnLogged(CLICKHOUSE_SERVER, [`--config-file=${path.join(home, 'config.xml')}`], path.join(home, 'stdout.log')));
    });
    for (const port of [http1, http2]) await waitReady(port, password, processes);
    // processes: ZooKeeper, then shard 1 and shard 2.
    const stopShard = (shard: 1 | 2): Promise<void> => stopProcess(processes[shard]);
    return { cluster, user: 'default', password, httpPorts: [http1, http2], tcpPorts: [tcp1, tcp2], closedPort, stopShard, stop, alive: () => processes.every((p) => p.exitCode === null && p.signalCode === null) };
  } catch (e) {
    await stop();
    throw e;
  }
}

function startZooKeeper(dir: string, port: number): ChildProcess {
  const home = path.join(dir, 'zookeeper');
  fs.mkdirSync(path.join(home, 'data'), { recursive: true });
  fs.writeFileSync(path.join(home, 'zoo.cfg'), [
    // tickTime 2000: sessions of up to 40 s, so a busy machine's pauses do not expire ClickHouse's 30 s session.
    'tickTime=2000', 'initLimit=10', 'syncLimit=5', `dataDir=${path.join(home, 'data')}`,
    `clientPort=${port}`, 'clientPortAddress=127.0.0.1', 'admin.enableServer=false', '4lw.commands.whitelist=srvr', '',
  ].join('\n'));
  // The jar's manifest names its dependencies in /usr/share/java.
  return spawnLogged('java', ['-Xmx256m', '-cp', ZOOKEEPER_JAR, 'org.apache.zookeeper.server.quorum.QuorumPeerMain', path.join(home, 'zoo.cfg')], path.join(home, 'stdout.log'));
}

function serverConfig(home: string, shard: number, ports: { http: number; tcp: number; inter: number }, zkPort: number, cluster: string, tcpPorts: number[], password: string): string {
  const replicas = tcpPorts.map((tcp) => `<shard><internal_replication>true</internal_replication><replica><host>127.0.0.1</host><port>${tcp}</port><user>default</user><password>${password}</password></replica></shard>`);
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><log>${home}/server.log</log><errorlog>${home}/server.err.log</errorlog><size>10M</size><count>1</count></logger>
  <listen_host>127.0.0.1</listen_host>
  <http_port>${ports.http}</http_port>
  <tcp_port>${ports.tcp}</tcp_port>
  <interserver_http_port>${ports.inter}</interserver_http_port>
  <interserver_http_host>127.0.0.1</interserver_http_host>
  <path>${home}/data/</path>
  <tmp_path>${home}/tmp/</tmp_path>
  <user_files_path>${home}/user_files/</user_files_path>
  <format_schema_path>${home}/format_schemas/</format_schema_path>
  <mark_cache_size>67108864</mark_cache_size>
  <uncompressed_cache_size>67108864</uncompressed_cache_size>
  <users_config>users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <remote_servers><${cluster}>${replicas.join('')}</${cluster}></remote_servers>
  <zookeeper><node><host>127.0.0.1</host><port>${zkPort}</port></node><session_timeout_ms>30000</session_timeout_ms></zookeeper>
  <macros><shard>0${shard}</shard><replica>r1</replica></macros>
  <distributed_ddl><path>/clickhouse/task_queue/ddl</path></distributed_ddl>
</yandex>
`;
}

function usersConfig(password: string): string {
  return `<?xml version="1.0"?>
<yandex>
  <profiles><default><max_memory_usage>1000000000</max_memory_usage></default></profiles>
  <users><default><password>${password}</password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;
}

/** Runs one ON CLUSTER DDL and tells whether every server is still up after it. */
async function survivesDdl(cluster: ClickHouseCluster & { alive(): boolean }): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${cluster.httpPorts[0]}/`, {
      method: 'POST', body: `CREATE DATABASE IF NOT EXISTS strata_probe ON CLUSTER ${cluster.cluster}`, headers: { 'X-ClickHouse-User': 'default', 'X-ClickHouse-Key': cluster.password },
    });
  } catch {
    // A server that died answers nothing; alive() says so.
  }
  await new Promise((r) => setTimeout(r, 500));
  return cluster.alive() && (await answers(cluster.httpPorts[0], cluster.password)) && (await answers(cluster.httpPorts[1], cluster.password));
}

/** Ready when ZooKeeper answers the `srvr` four-letter command (it serves sessions from then on). */
async function waitZooKeeper(port: number, processes: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await zooKeeperServes(port))) {
    if (processes[0].exitCode !== null) throw new Error(`test cluster: ZooKeeper exited with code ${processes[0].exitCode} while starting; see its log in the temp dir`);
    if (Date.now() > deadline) throw new Error(`test cluster: ZooKeeper on port ${port} was not ready within ${READY_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function zooKeeperServes(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    let answer = '';
    const socket = net.connect(port, '127.0.0.1', () => socket.write('srvr'));
    socket.setTimeout(2000, () => socket.destroy());
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => resolve(false));
    socket.on('close', () => resolve(answer.includes('Mode: standalone')));
  });
}

/** Ready when the server answers and sees ZooKeeper (ON CLUSTER DDL needs it). */
async function waitReady(port: number, password: string, processes: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const exited = processes.find((p) => p.exitCode !== null);
    if (exited) throw new Error(`test cluster: '${exited.spawnfile}' exited with code ${exited.exitCode} while starting; see its log in the temp dir`);
    if (await answers(port, password)) return;
    if (Date.now() > deadline) throw new Error(`test cluster: ClickHouse on port ${port} was not ready within ${READY_TIMEOUT_MS} ms`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function answers(port: number, password: string): Promise<boolean> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST', body: "SELECT count() FROM system.zookeeper WHERE path = '/'", headers: { 'X-ClickHouse-User': 'default', 'X-ClickHouse-Key': password },
    });
    return response.ok;
  } catch {
    return false;
  }
}

function spawnLogged(command: string, args: string[], log: string): ChildProcess {
  const out = fs.openSync(log, 'a');
  const child = spawn(command, args, { stdio: ['ignore', out, out] });
  fs.closeSync(out);
  child.on('error', () => undefined);
  return child;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  // ClickHouse 18.16 lingers ~8 s on SIGTERM; the data is a temp dir, so it need not shut down cleanly.
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}


function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(path.delimiter).some((d) => fs.existsSync(path.join(d, command)));
}
