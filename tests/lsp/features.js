// The features of appmix lsp beyond diagnostics, each on the four-file
// inventory of tests/lsp/inventory, across files. Registered into e2e.js.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {test, Session, protocol, assert, uriOf} = require('./e2e.js');

// A session with every file open, as after a user opened them.
async function openSession() {
  const session = new Session();
  await session.initialize();
  for (const name of ['inventory.yaml', 'capabilities.yaml', 'apps.yaml', 'journeys.yaml'])
    await session.open(name);
  await session.diagnostics('journeys.yaml', (list) => list.length === 0);
  return session;
}

function labels(items) {
  return (Array.isArray(items) ? items : items.items).map((item) => item.label);
}

test('definition: from a reference in one file to the definition in another', async () => {
  const session = await openSession();
  const at = session.find('journeys.yaml', 'deskly');
  const result = await session.request(protocol.DefinitionRequest.type,
      session.at('journeys.yaml', at.line, at.character + 2));
  assert.equal(result.length, 1);
  assert.equal(result[0].uri, session.uri('apps.yaml'));
  const defined = session.find('apps.yaml', 'id: deskly');
  assert.deepEqual(result[0].range.start, {line: defined.line, character: defined.character + 4});
  // A business unit used in apps.yaml, defined in inventory.yaml.
  const unit = session.find('apps.yaml', '[stores]');
  const [unitDefinition] = await session.request(protocol.DefinitionRequest.type,
      session.at('apps.yaml', unit.line, unit.character + 1));
  assert.equal(unitDefinition.uri, session.uri('inventory.yaml'));
  // Nothing at a key.
  assert.equal(await session.request(protocol.DefinitionRequest.type, session.at('apps.yaml', 0, 1)), null);
  assert.equal(await session.close(), 0);
});

test('references: every use of an id across files, with or without its definition', async () => {
  const session = await openSession();
  const at = session.find('capabilities.yaml', 'id: help.tickets');
  const params = {...session.at('capabilities.yaml', at.line, at.character + 5),
                  context: {includeDeclaration: true}};
  const all = await session.request(protocol.ReferencesRequest.type, params);
  const files = all.map((location) => path.basename(decodeURIComponent(location.uri))).sort();
  // The definition, deskly and deskly-plus in apps.yaml, a step in journeys.yaml.
  assert.deepEqual(files, ['apps.yaml', 'apps.yaml', 'capabilities.yaml', 'journeys.yaml']);
  const uses = await session.request(protocol.ReferencesRequest.type,
      {...params, context: {includeDeclaration: false}});
  assert.equal(uses.length, 3);
  assert.equal(await session.close(), 0);
});

test('rename: an id everywhere, in every file; refused when invalid or taken', async () => {
  const session = await openSession();
  const at = session.find('apps.yaml', 'id: shopline');
  const where = session.at('apps.yaml', at.line, at.character + 6);
  const prepared = await session.request(protocol.PrepareRenameRequest.type, where);
  assert.equal(prepared.placeholder, 'shopline');
  const edit = await session.request(protocol.RenameRequest.type, {...where, newName: 'shop-line'});
  const uris = Object.keys(edit.changes).sort();
  assert.deepEqual(uris, [session.uri('apps.yaml'), session.uri('journeys.yaml')].sort());
  assert.equal(edit.changes[session.uri('apps.yaml')].length, 2);  // the definition and deskly's integration
  assert.ok(edit.changes[session.uri('apps.yaml')].every((e) => e.newText === 'shop-line'));
  // Applying the edits, as the editor does, leaves a valid inventory.
  for (const uri of uris) {
    const name = path.basename(decodeURIComponent(uri));
    const lines = session.text(name).split('\n');
    const edits = [...edit.changes[uri]].sort((a, b) => b.range.start.line - a.range.start.line ||
                                                         b.range.start.character - a.range.start.character);
    for (const e of edits) {
      const line = lines[e.range.start.line];
      lines[e.range.start.line] = line.slice(0, e.range.start.character) + e.newText +
                                  line.slice(e.range.end.character);
    }
    await session.change(name, lines.join('\n'));
  }
  for (const name of ['apps.yaml', 'journeys.yaml'])
    await session.diagnostics(name, (list) => list.length === 0, 'clean after rename ' + name);
  await assert.rejects(session.request(protocol.RenameRequest.type, {...where, newName: 'Shop Line'}),
                       (error) => /not a valid id/.test(error.message));
  await assert.rejects(session.request(protocol.RenameRequest.type, {...where, newName: 'deskly'}),
                       (error) => /already the id of app 'deskly'/.test(error.message));
  await assert.rejects(session.request(protocol.RenameRequest.type, {...where, newName: 'sell'}),
                       (error) => /capability 'sell'/.test(error.message));
  assert.equal(await session.close(), 0);
});

test('hover: what an id is; an app\'s cost, units, capabilities and the recommended decision', async () => {
  const session = await openSession();
  const at = session.find('journeys.yaml', 'deskly');
  const where = session.at('journeys.yaml', at.line, at.character + 1);
  let hover;
  // The decision is computed in the background: hovers say so until it is
  // done (the deadline of every request bounds the wait).
  const until = Date.now() + 20000;
  while (Date.now() < until) {
    hover = await session.request(protocol.HoverRequest.type, where);
    if (!/being computed/.test(hover.contents.value))
      break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  const text = hover.contents.value;
  assert.match(text, /\*\*app\*\* `deskly`: Deskly helpdesk/);
  assert.match(text, /annual cost: 7200 EUR/);
  assert.match(text, /business units: all/);
  assert.match(text, /capabilities: `help.tickets`/);
  assert.match(text, /recommendation: \*\*(keep|retire)\*\*/);
  assert.match(text, /defined in apps.yaml line 9/);
  const capability = session.find('apps.yaml', 'listen.surveys');
  const capabilityHover = await session.request(protocol.HoverRequest.type,
      session.at('apps.yaml', capability.line, capability.character));
  assert.match(capabilityHover.contents.value, /\*\*capability\*\* `listen.surveys`: Customer surveys/);
  assert.match(capabilityHover.contents.value, /provided by: `asklet`, `kiosk`, `deskly-plus`/);
  // With an error in the inventory, no decision is claimed.
  await session.change('inventory.yaml', session.text('inventory.yaml').replace('currency: EUR', 'currency: EURO'));
  await session.diagnostics('inventory.yaml', (list) => list.length > 0);
  const invalid = await session.request(protocol.HoverRequest.type, where);
  assert.match(invalid.contents.value, /once the inventory has no error/);
  assert.equal(await session.close(), 0);
});

test('document symbols: the outline of units, capabilities, apps and journeys', async () => {
  const session = await openSession();
  const outline = async (name) => (await session.request(protocol.DocumentSymbolRequest.type,
      {textDocument: {uri: session.uri(name)}})).map((symbol) => `${symbol.detail.split(':')[0]} ${symbol.name}`);
  assert.deepEqual(await outline('inventory.yaml'), ['business unit online', 'business unit stores',
                                                      'channel web', 'channel store']);
  assert.deepEqual(await outline('apps.yaml'), ['app shopline', 'app deskly', 'app asklet', 'app kiosk',
                                                 'candidate deskly-plus']);
  assert.deepEqual(await outline('journeys.yaml'), ['journey buy-online']);
  assert.equal((await outline('capabilities.yaml')).length, 6);
  assert.equal(await session.close(), 0);
});

// Types `typed` at a new line after `after`, and completes at its end.
async function completeAfter(session, name, after, typed) {
  const text = session.text(name);
  const at = text.indexOf(after) + after.length;
  const edited = text.slice(0, at) + typed + text.slice(at);
  await session.change(name, edited);
  const lines = edited.slice(0, at + typed.length).split('\n');
  const result = await session.request(protocol.CompletionRequest.type,
      session.at(name, lines.length - 1, lines[lines.length - 1].length));
  await session.change(name, text, 9);
  return labels(result);
}

test('completion: ids of the right kind where a reference is written', async () => {
  const session = await openSession();
  // Capability ids in an app's capabilities, from capabilities.yaml.
  let items = await completeAfter(session, 'apps.yaml', '    capabilities: [sell.checkout', ', he');
  assert.ok(items.includes('help.tickets') && items.includes('listen.surveys'), items);
  assert.ok(!items.includes('shopline'));
  // Unit ids (and all) in business_units, from inventory.yaml.
  items = await completeAfter(session, 'apps.yaml', '    owner: Store operations\n',
                              '  - id: new-app\n    business_units: [');
  assert.deepEqual(items.sort(), ['all', 'online', 'stores']);
  // needed_by, as a block list.
  items = await completeAfter(session, 'capabilities.yaml', '    data: x-data\n', '    needed_by:\n      - ');
  assert.deepEqual(items.sort(), ['all', 'online', 'stores']);
  // App ids in integrations and in a step's apps.
  items = await completeAfter(session, 'apps.yaml', '    integrations: [shopline', ', ');
  assert.ok(items.includes('asklet') && !items.includes('deskly-plus') && !items.includes('sell'), items);
  items = await completeAfter(session, 'journeys.yaml', '        apps: [deskly', ', k');
  assert.ok(items.includes('kiosk') && items.includes('shopline'), items);
  // Channel ids.
  items = await completeAfter(session, 'journeys.yaml', '        capabilities: [help.tickets]\n',
                              '        channel: ');
  assert.deepEqual(items.sort(), ['store', 'web']);
  assert.equal(await session.close(), 0);
});

test('completion: enum values and the keys valid at the cursor', async () => {
  const session = await openSession();
  let items = await completeAfter(session, 'apps.yaml', '    owner: Store operations\n', '    lifecycle: ');
  assert.deepEqual(items, ['plan', 'active', 'phase-out', 'end-of-life']);
  items = await completeAfter(session, 'apps.yaml', '    owner: Store operations\n', '    data: [');
  assert.deepEqual(items, ['personal', 'sensitive', 'payment', 'x-data', 'o-data']);
  items = await completeAfter(session, 'capabilities.yaml', '    parent: listen\n', '    data: ');
  assert.deepEqual(items, ['x-data', 'o-data']);
  items = await completeAfter(session, 'journeys.yaml', '        actor: customer\n',
                              '      - name: Rate us\n        actor: ');
  assert.deepEqual(items, ['customer', 'agent']);
  // Keys: of an app, of its cost map, of a step, at the top level.
  items = await completeAfter(session, 'apps.yaml', '    owner: Store operations\n', '    li');
  assert.ok(items.includes('lifecycle') && items.includes('contract_end') && !items.includes('acquire'), items);
  items = await completeAfter(session, 'apps.yaml', '    owner: Store operations\n', '    cost:\n      ');
  assert.deepEqual(items, ['annual', 'retire']);
  items = await completeAfter(session, 'apps.yaml', '    cost: {annual: 6000, acquire: 2000}\n', '    ');
  assert.ok(items.includes('acquire') === false && items.includes('vendor') && !items.includes('lifecycle'), items);
  items = await completeAfter(session, 'journeys.yaml', '        actor: customer\n', '      - ');
  assert.deepEqual(items, ['name', 'channel', 'capabilities', 'apps', 'actor']);
  items = await completeAfter(session, 'inventory.yaml', 'as_of: 2026-01-15\n', 'pol');
  assert.ok(items.includes('policies') && items.includes('journeys'), items);
  assert.equal(await session.close(), 0);
});

async function actionsFor(session, name, diagnostic) {
  return session.request(protocol.CodeActionRequest.type, {
    textDocument: {uri: session.uri(name)}, range: diagnostic.range,
    context: {diagnostics: [diagnostic]}});
}

function applyEdit(text, edit) {
  const lines = text.split('\n');
  const {start, end} = edit.range;
  const before = lines.slice(0, start.line).join('\n') + (start.line > 0 ? '\n' : '') +
                 (lines[start.line] || '').slice(0, start.character);
  const after = (lines[end.line] || '').slice(end.character) +
                (end.line + 1 < lines.length ? '\n' + lines.slice(end.line + 1).join('\n') : '');
  return before + edit.newText + after;
}

test('quick fixes: did you mean, a missing key, a suppression comment', async () => {
  const session = await openSession();
  const apps = session.text('apps.yaml');
  // The did-you-mean replacement.
  const typo = apps.replace('[sell.checkout]', '[sell.chekout]');
  await session.change('apps.yaml', typo);
  const [unknown] = await session.diagnostics('apps.yaml', (list) => list.length === 1);
  const [change] = (await actionsFor(session, 'apps.yaml', unknown)).filter((a) => a.isPreferred);
  assert.equal(change.title, "Change to 'sell.checkout'");
  const fixed = applyEdit(typo, change.edit.changes[session.uri('apps.yaml')][0]);
  assert.equal(fixed, apps);

  // A missing required key of an item: 'name' of a business unit.
  const inventory = session.text('inventory.yaml');
  const noName = inventory.replace('    name: Stores\n', '');
  await session.change('inventory.yaml', noName);
  const [missing] = await session.diagnostics('inventory.yaml', (list) => list.some((d) => d.code === 'missing-key'));
  const [add] = await actionsFor(session, 'inventory.yaml', missing);
  assert.equal(add.title, "Add 'name:'");
  const added = applyEdit(noName, add.edit.changes[session.uri('inventory.yaml')][0]);
  assert.match(added, /  - id: stores\n    name: \n/);

  // A suppression comment above a warning, with its reason to write.
  await session.change('inventory.yaml', inventory + '\npolicies:\n  require_owner: true\n', 5);
  const noOwner = apps.replace('    owner: Store operations\n', '');
  await session.change('apps.yaml', noOwner, 6);
  const list = await session.diagnostics('apps.yaml', (l) => l.some((d) => d.code === 'policy-require-owner'));
  const warning = list.find((d) => d.code === 'policy-require-owner');
  const actions = await actionsFor(session, 'apps.yaml', warning);
  const silence = actions.find((a) => /suppression comment/.test(a.title));
  const silenced = applyEdit(noOwner, silence.edit.changes[session.uri('apps.yaml')][0]);
  assert.match(silenced, /\n  # appmix: ignore\[policy-require-owner\] <why this finding is acceptable>\n  - id: kiosk/);
  await session.change('apps.yaml', silenced, 7);
  await session.diagnostics('apps.yaml', (l) => l.length === 0, 'silenced');
  // Errors cannot be silenced: no suppression is offered for them.
  assert.ok(!(await actionsFor(session, 'apps.yaml', unknown)).some((a) => /suppression/.test(a.title)));
  assert.equal(await session.close(), 0);
});

test('robust: documents outside the workspace get empty answers and no diagnostics', async () => {
  const session = new Session();
  await session.initialize();
  const outside = path.join(os.tmpdir(), 'appmix-lsp-outside.yaml');
  await session.connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
    textDocument: {uri: uriOf(outside), languageId: 'yaml', version: 1, text: 'apps: [\n'}});
  const hover = await session.request(protocol.HoverRequest.type,
      {textDocument: {uri: uriOf(outside)}, position: {line: 0, character: 0}});
  assert.equal(hover, null);
  const untitled = await session.request(protocol.DefinitionRequest.type,
      {textDocument: {uri: 'untitled:Untitled-1'}, position: {line: 0, character: 0}});
  assert.equal(untitled, null);
  assert.equal(session.published.has(uriOf(outside)), false);
  assert.equal(await session.close(), 0);
});

