// appmix lsp end to end, driven as an editor drives it: Microsoft's LSP
// client library (vscode-languageserver-protocol, the one VS Code's client
// is built on) speaks to the binary over stdio. Each test starts a server
// on a fresh copy of tests/lsp/inventory (four files) and checks one
// feature; the robustness tests write raw bytes instead. No sleeps: every
// wait is for a message, under a deadline that fails the test.
//
// usage: node e2e.js APPMIX [TEST-NAME-SUBSTRING]
'use strict';
const assert = require('node:assert/strict');
const childProcess = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

let protocol;
try {
  protocol = require('vscode-languageserver-protocol/node');
} catch (error) {
  console.error('vscode-languageserver-protocol is not installed: run .ci/setup-test ' +
                '(npm ci --prefix tests/lsp)');
  process.exit(1);
}

const appmix = path.resolve(process.argv[2]);
const only = process.argv[3] || '';
const fixture = path.join(__dirname, 'inventory');
const deadlineMs = 20000;

function uriOf(file) {
  return 'file://' + file.split('/').map(encodeURIComponent).join('/');
}

function withDeadline(promise, what) {
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('no answer within 20 s: ' + what)), deadlineMs);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

// A server on a copy of the fixture inventory, and what it published.
class Session {
  constructor() {
    this.root = fs.mkdtempSync(path.join(os.tmpdir(), 'appmix-lsp-'));
    for (const name of fs.readdirSync(fixture))
      fs.copyFileSync(path.join(fixture, name), path.join(this.root, name));
    this.child = childProcess.spawn(appmix, ['lsp'], {stdio: ['pipe', 'pipe', 'pipe']});
    this.stderr = '';
    this.child.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.connection = protocol.createProtocolConnection(
        new protocol.StreamMessageReader(this.child.stdout),
        new protocol.StreamMessageWriter(this.child.stdin));
    this.published = new Map();  // uri -> latest diagnostics
    this.waiters = [];
    this.connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
      this.published.set(params.uri, params.diagnostics);
      this.waiters = this.waiters.filter((waiter) => !waiter());
    });
    this.connection.listen();
  }

  file(name) { return path.join(this.root, name); }
  uri(name) { return uriOf(this.file(name)); }
  text(name) { return fs.readFileSync(this.file(name), 'utf8'); }

  async initialize(extra = {}) {
    const result = await withDeadline(this.connection.sendRequest(
        protocol.InitializeRequest.type, {
          processId: process.pid,
          rootUri: uriOf(this.root),
          capabilities: {},
          initializationOptions: {asOf: '2026-01-15'},
          ...extra,
        }), 'initialize');
    await this.connection.sendNotification(protocol.InitializedNotification.type, {});
    return result;
  }

  // Resolves once `predicate(diagnostics)` holds for the file's latest list.
  diagnostics(name, predicate, what) {
    const uri = this.uri(name);
    return withDeadline(new Promise((resolve) => {
      const check = () => {
        const list = this.published.get(uri);
        if (list !== undefined && predicate(list)) {
          resolve(list);
          return true;
        }
        return false;
      };
      if (!check())
        this.waiters.push(check);
    }), what || 'diagnostics of ' + name);
  }

  open(name, text) {
    return this.connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
      textDocument: {uri: this.uri(name), languageId: 'yaml', version: 1,
                     text: text === undefined ? this.text(name) : text},
    });
  }

  change(name, text, version = 2) {
    return this.connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
      textDocument: {uri: this.uri(name), version}, contentChanges: [{text}],
    });
  }

  request(type, params) {
    return withDeadline(this.connection.sendRequest(type, params), type.method);
  }

  at(name, line, character) {
    return {textDocument: {uri: this.uri(name)}, position: {line, character}};
  }

  // The 0-based line and UTF-16 column of the n-th `needle` in a file.
  find(name, needle, nth = 0, text) {
    const lines = (text === undefined ? this.text(name) : text).split('\n');
    for (let line = 0; line < lines.length; ++line) {
      let from = 0;
      for (;;) {
        const at = lines[line].indexOf(needle, from);
        if (at < 0)
          break;
        if (nth-- === 0)
          return {line, character: at};
        from = at + 1;
      }
    }
    throw new Error(`'${needle}' not in ${name}`);
  }

  async close() {
    await this.request(protocol.ShutdownRequest.type, undefined);
    await this.connection.sendNotification(protocol.ExitNotification.type);
    const code = await withDeadline(this.exited, 'exit');
    this.connection.dispose();
    fs.rmSync(this.root, {recursive: true, force: true});
    return code;
  }
}

// A server spoken to in raw bytes, for what a library would never send.
class RawSession {
  constructor() {
    this.child = childProcess.spawn(appmix, ['lsp'], {stdio: ['pipe', 'pipe', 'pipe']});
    this.buffer = Buffer.alloc(0);
    this.messages = [];
    this.waiters = [];
    this.stderr = '';
    this.child.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
    this.child.stdout.on('data', (chunk) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0)
          return;
        const length = Number(/Content-Length: (\d+)/.exec(this.buffer.subarray(0, end))[1]);
        if (this.buffer.length < end + 4 + length)
          return;
        this.messages.push(JSON.parse(this.buffer.subarray(end + 4, end + 4 + length)));
        this.buffer = this.buffer.subarray(end + 4 + length);
        this.waiters = this.waiters.filter((waiter) => !waiter());
      }
    });
  }
  write(bytes) { this.child.stdin.write(bytes); }
  send(message) {
    const body = Buffer.from(JSON.stringify(message));
    this.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
  }
  // The first message (in arrival order) for which predicate holds.
  message(predicate, what) {
    return withDeadline(new Promise((resolve) => {
      const check = () => {
        const found = this.messages.find(predicate);
        if (found)
          resolve(found);
        return found !== undefined;
      };
      if (!check())
        this.waiters.push(check);
    }), what);
  }
  response(id) { return this.message((m) => m.id === id && !m.method, 'response ' + id); }
}

const tests = [];
function test(name, body) { tests.push({name, body}); }

// ---------------------------------------------------------------------------
// Life cycle and synchronisation

test('initialize announces full sync and UTF-16 positions; shutdown then exit is 0', async () => {
  const session = new Session();
  const result = await session.initialize();
  assert.equal(result.capabilities.textDocumentSync.change, 1);
  assert.equal(result.capabilities.positionEncoding, 'utf-16');
  assert.equal(result.serverInfo.name, 'appmix');
  assert.equal(await session.close(), 0);
  assert.match(session.stderr, /workspace/);  // logs go to stderr
});

test('an unknown method is MethodNotFound, and the server goes on', async () => {
  const session = new Session();
  await session.initialize();
  await assert.rejects(session.request(new protocol.RequestType('appmix/nothing'), {}),
                       (error) => error.code === -32601);
  await session.open('apps.yaml');
  await session.diagnostics('apps.yaml', (list) => list.length === 0);
  assert.equal(await session.close(), 0);
});

test('diagnostics: published for every file after open, change and save', async () => {
  const session = new Session();
  await session.initialize();
  const text = session.text('apps.yaml');
  await session.open('apps.yaml');
  await session.diagnostics('apps.yaml', (list) => list.length === 0);
  await session.diagnostics('journeys.yaml', (list) => list.length === 0);

  // A misspelt capability: the rule id as the code, the help as related information.
  const typo = text.replace('[sell.checkout]', '[sell.chekout]');
  await session.change('apps.yaml', typo);
  const [finding] = await session.diagnostics('apps.yaml', (list) => list.length === 1);
  assert.equal(finding.code, 'unknown-reference');
  assert.equal(finding.severity, 1);
  assert.equal(finding.source, 'appmix');
  assert.match(finding.message, /did you mean 'sell.checkout'/);
  const at = session.find('apps.yaml', 'sell.chekout', 0, typo);
  assert.deepEqual(finding.range, {start: at, end: {line: at.line, character: at.character + 12}});
  assert.ok(finding.relatedInformation.some((info) => info.message.startsWith('help: ')));

  // An edit in one file shows in another: removing unit 'stores' breaks the kiosk in apps.yaml.
  const inventory = session.text('inventory.yaml');
  await session.open('inventory.yaml');
  await session.change('inventory.yaml', inventory.replace('  - id: stores\n    name: Stores\n', ''));
  await session.diagnostics('apps.yaml', (list) => list.some(
      (d) => d.code === 'unknown-reference' && /unknown business unit 'stores'/.test(d.message)));

  // A duplicate id: the other definition is a note, as related information in the other file.
  await session.change('inventory.yaml', inventory + '  - id: asklet\n    name: Twice\n', 3);
  const duplicate = await session.diagnostics('inventory.yaml', (list) => list.some(
      (d) => d.code === 'duplicate-id'));
  const note = duplicate.find((d) => d.code === 'duplicate-id').relatedInformation;
  assert.ok(note.some((info) => info.location.uri === session.uri('apps.yaml')), JSON.stringify(note));

  // Saving the fixed text: every file is clean again.
  await session.change('inventory.yaml', inventory, 4);
  await session.change('apps.yaml', text, 3);
  await session.connection.sendNotification(protocol.DidSaveTextDocumentNotification.type,
                                            {textDocument: {uri: session.uri('apps.yaml')}, text});
  for (const name of ['apps.yaml', 'inventory.yaml', 'capabilities.yaml', 'journeys.yaml'])
    await session.diagnostics(name, (list) => list.length === 0, 'clean ' + name);
  assert.equal(await session.close(), 0);
});

test('diagnostics: unsaved editor text wins over the disk; closing reverts to it', async () => {
  const session = new Session();
  await session.initialize();
  const text = session.text('capabilities.yaml');
  await session.open('capabilities.yaml', text.replace('  - id: listen.surveys', '  - id: listen.polls'));
  // The two apps and the candidate of apps.yaml, which is not open.
  await session.diagnostics('apps.yaml', (list) => list.filter(
      (d) => /unknown capability 'listen.surveys'/.test(d.message)).length === 3);
  await session.connection.sendNotification(protocol.DidCloseTextDocumentNotification.type,
                                            {textDocument: {uri: session.uri('capabilities.yaml')}});
  await session.diagnostics('apps.yaml', (list) => list.length === 0);
  assert.equal(await session.close(), 0);
});

test('diagnostics: a policy warning of check, with its rule id', async () => {
  const session = new Session();
  await session.initialize();
  const text = session.text('apps.yaml');
  await session.open('apps.yaml', text.replace('    owner: Store operations\n', ''));
  // require_owner is not set here; a policy in inventory.yaml turns it on.
  await session.open('inventory.yaml', session.text('inventory.yaml') +
                     '\npolicies:\n  require_owner: true\n');
  const list = await session.diagnostics('apps.yaml', (l) => l.some((d) => d.code === 'policy-require-owner'));
  const finding = list.find((d) => d.code === 'policy-require-owner');
  assert.equal(finding.severity, 2);
  assert.equal(await session.close(), 0);
});

// ---------------------------------------------------------------------------
// Robustness

test('robust: bad framing, bad JSON, bad requests and binary text never stop the server', async () => {
  const raw = new RawSession();
  raw.write('Content-Length: abc\r\n\r\n');
  raw.write('garbage without a colon\r\n\r\n');
  raw.write('Content-Length: 3\r\n\r\n{x}');
  raw.send([1, 2, 3]);
  raw.send({jsonrpc: '2.0', id: {}, method: 'initialize'});
  raw.write('Content-Length: 300\r\n\r\n' + '['.repeat(100) + ']'.repeat(100) + ' '.repeat(100));
  raw.send({jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: {}});
  assert.equal((await raw.response(1)).error.code, -32002);  // not initialised yet
  raw.send({jsonrpc: '2.0', id: 2, method: 'initialize',
            params: {rootUri: uriOf(fixture), capabilities: {}, initializationOptions: {asOf: '2026-01-15'}}});
  assert.ok((await raw.response(2)).result.capabilities);
  // Wrong types everywhere.
  raw.send({jsonrpc: '2.0', id: 3, method: 'textDocument/hover', params: {textDocument: 7}});
  assert.ok((await raw.response(3)).error);
  raw.send({jsonrpc: '2.0', id: 4, method: 'textDocument/definition',
            params: {textDocument: {uri: uriOf(path.join(fixture, 'apps.yaml'))}, position: 'x'}});
  assert.ok((await raw.response(4)).error || true);
  raw.send({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {uri: 5}}});
  // Binary text, control characters and a lone surrogate escape in a document.
  const binary = Buffer.from(
      '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"' +
      uriOf(path.join(fixture, 'journeys.yaml')) +
      '","languageId":"yaml","version":1,"text":"\\u0000\\u0001\\ud800\\u00ff\\t: ["}}}');
  raw.write(`Content-Length: ${binary.length}\r\n\r\n`);
  raw.write(binary);
  raw.send({jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {
    uri: uriOf(path.join(fixture, 'journeys.yaml')), languageId: 'yaml', version: 1,
    text: '\u0000\u0001\u00ff\t: [ \u{1F600}\r\n\r\n- - - {{{{'}}});
  const published = await raw.message((m) => m.method === 'textDocument/publishDiagnostics' &&
      m.params.uri.endsWith('journeys.yaml') && m.params.diagnostics.length > 0, 'binary text diagnostics');
  assert.ok(published.params.diagnostics[0].code);
  // Positions no editor sends: huge, negative, fractional.
  for (const [id, position] of [[10, {line: 1e20, character: 5}], [11, {line: -3, character: -1}],
                                [12, {line: 2.5, character: 0}], [13, {line: 4294967297, character: 99999999999}]]) {
    raw.send({jsonrpc: '2.0', id, method: 'textDocument/completion',
              params: {textDocument: {uri: uriOf(path.join(fixture, 'apps.yaml'))}, position}});
    const answer = await raw.response(id);
    assert.ok('result' in answer || answer.error.code === -32602, JSON.stringify(answer));
  }
  // A quick fix asked for a made-up finding at a huge place.
  const far = {line: 4294967296, character: 2147483647};
  raw.send({jsonrpc: '2.0', id: 14, method: 'textDocument/codeAction', params: {
    textDocument: {uri: uriOf(path.join(fixture, 'apps.yaml'))}, range: {start: far, end: far},
    context: {diagnostics: [{source: 'appmix', code: 'missing-key', severity: 2, range: {start: far, end: far},
                             message: "missing key 'name' in app 'x' (did you mean 'y'?)"}]}}});
  assert.ok(Array.isArray((await raw.response(14)).result));
  raw.send({jsonrpc: '2.0', id: 5, method: 'shutdown'});
  await raw.response(5);
  raw.send({jsonrpc: '2.0', method: 'exit'});
  assert.equal(await withDeadline(raw.exited, 'exit'), 0);
  assert.ok(raw.messages.some((m) => m.error && m.error.code === -32700));  // parse error
  assert.ok(raw.messages.some((m) => m.error && m.error.code === -32600));  // invalid request
});

test('robust: a document over 64 MiB is a file-too-large finding, not a crash', async () => {
  const session = new Session();
  await session.initialize();
  const huge = '#'.repeat(64 * 1024 * 1024 + 10);
  await session.open('journeys.yaml', huge);
  const [finding] = await session.diagnostics('journeys.yaml', (list) => list.length > 0);
  assert.equal(finding.code, 'file-too-large');
  await session.change('journeys.yaml', session.text('journeys.yaml'));
  await session.diagnostics('journeys.yaml', (list) => list.length === 0);
  assert.equal(await session.close(), 0);
});

test('robust: a request cancelled while it waits is answered RequestCancelled', async () => {
  const raw = new RawSession();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'appmix-lsp-'));
  for (const name of fs.readdirSync(fixture))
    fs.copyFileSync(path.join(fixture, name), path.join(root, name));
  raw.send({jsonrpc: '2.0', id: 1, method: 'initialize',
            params: {rootUri: uriOf(root), capabilities: {}, initializationOptions: {asOf: '2026-01-15'}}});
  await raw.response(1);
  raw.send({jsonrpc: '2.0', method: 'initialized', params: {}});
  // Many apps, so the check before request 2 runs long after request 3's
  // cancellation has been read: the reader handles $/cancelRequest at once.
  let apps = 'apps:\n';
  for (let i = 0; i < 3000; ++i)
    apps += `  - id: app-${i}\n    name: App ${i}\n    business_units: [online]\n` +
            `    capabilities: [sell.checkout]\n    cost: {annual: ${1000 + i}}\n`;
  const messages = [
    {jsonrpc: '2.0', method: 'textDocument/didOpen', params: {textDocument: {
      uri: uriOf(path.join(root, 'more.yaml')), languageId: 'yaml', version: 1, text: apps}}},
    {jsonrpc: '2.0', id: 2, method: 'textDocument/documentSymbol',
     params: {textDocument: {uri: uriOf(path.join(root, 'apps.yaml'))}}},
    {jsonrpc: '2.0', id: 3, method: 'textDocument/documentSymbol',
     params: {textDocument: {uri: uriOf(path.join(root, 'apps.yaml'))}}},
    {jsonrpc: '2.0', method: '$/cancelRequest', params: {id: 3}},
  ];
  raw.write(Buffer.concat(messages.map((message) => {
    const body = Buffer.from(JSON.stringify(message));
    return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
  })));
  assert.ok(await raw.response(2));
  assert.equal((await raw.response(3)).error.code, -32800);
  raw.send({jsonrpc: '2.0', id: 4, method: 'shutdown'});
  await raw.response(4);
  raw.send({jsonrpc: '2.0', method: 'exit'});
  assert.equal(await withDeadline(raw.exited, 'exit'), 0);
  fs.rmSync(root, {recursive: true, force: true});
});

test('exit without shutdown is exit code 1; a closed stream ends the server', async () => {
  const raw = new RawSession();
  raw.send({jsonrpc: '2.0', method: 'exit'});
  assert.equal(await withDeadline(raw.exited, 'exit'), 1);
  const closed = new RawSession();
  closed.child.stdin.end();
  assert.equal(await withDeadline(closed.exited, 'end of input'), 1);
});

module.exports = {test, Session, RawSession, protocol, assert, uriOf, withDeadline};

// Features (definition, references, ...) register their tests in features.js.
require('./features.js');

(async () => {
  let failures = 0;
  let ran = 0;
  for (const {name, body} of tests) {
    if (!name.includes(only))
      continue;
    ++ran;
    try {
      await body();
      console.log('ok   ' + name);
    } catch (error) {
      ++failures;
      console.log('FAIL ' + name + '\n     ' + (error.stack || error).toString().replace(/\n/g, '\n     '));
    }
  }
  console.log(`${ran - failures} of ${ran} passed`);
  process.exit(failures === 0 && ran > 0 ? 0 : 1);
})();
