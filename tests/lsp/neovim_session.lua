-- A Neovim session against `appmix lsp`, headless: Neovim's own LSP client
-- (vim.lsp.start_client, Neovim 0.7 and later) on a copy of the bundled
-- telco inventory. It opens candidates.yaml, types a misspelt capability,
-- and asks for diagnostics, hover (on a capability, and on an app until the
-- background review gives its decision), definition, references, the
-- outline, the quick fix, completion and rename (and a refused one); each answer is written as one line to the file OUT for
-- tests/lsp/neovim_session.sh to check. Environment: APPMIX (the binary),
-- ROOT (the inventory folder), OUT.
local appmix, root, out_path = os.getenv("APPMIX"), os.getenv("ROOT"), os.getenv("OUT")
local out = {}
local function say(line) table.insert(out, line) end

local client_id = vim.lsp.start_client({
  name = "appmix",
  cmd = { appmix, "lsp", "--as-of", "2026-01-15" },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = "telco" } },
})
vim.cmd("edit " .. root .. "/candidates.yaml")
vim.bo.filetype = "yaml"
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)
vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id).initialized end)
say("initialized " .. tostring(vim.lsp.get_client_by_id(client_id).initialized))

-- Type a misspelt capability on line 8: care.chat -> care.chatt.
local line = vim.api.nvim_buf_get_lines(buf, 7, 8, false)[1]
vim.api.nvim_buf_set_lines(buf, 7, 8, false, { (line:gsub("care%.chat,", "care.chatt,")) })
vim.wait(10000, function() return #vim.diagnostic.get(buf) > 0 end)
for _, d in ipairs(vim.diagnostic.get(buf)) do
  say(string.format("diagnostic %d:%d %s [%s]", d.lnum + 1, d.col + 1, d.message, tostring(d.code)))
end

-- On 'commerce.quotes' (line 19): hover, definition, references.
local l19 = vim.api.nvim_buf_get_lines(buf, 18, 19, false)[1]
local at = { line = 18, character = l19:find("commerce.quotes", 1, true) + 2 }
local document = { uri = vim.uri_from_bufnr(buf) }
local function ask(method, params)
  local answers = vim.lsp.buf_request_sync(buf, method, params, 10000) or {}
  for _, answer in pairs(answers) do
    if answer.result then return answer.result end
  end
  return nil
end
local hover = ask("textDocument/hover", { textDocument = document, position = at })
if hover then say("hover " .. (hover.contents.value or ""):gsub("\n", " | ")) end
for _, location in ipairs(ask("textDocument/definition", { textDocument = document, position = at }) or {}) do
  say("definition " .. vim.fn.fnamemodify(vim.uri_to_fname(location.uri), ":t") .. ":" .. (location.range.start.line + 1))
end
local references = ask("textDocument/references",
  { textDocument = document, position = at, context = { includeDeclaration = true } }) or {}
say("references " .. #references)
say("symbols " .. #(ask("textDocument/documentSymbol", { textDocument = document }) or {}))
local actions = ask("textDocument/codeAction", {
  textDocument = document,
  range = { start = { line = 7, character = 0 }, ["end"] = { line = 7, character = 200 } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 7) },
}) or {}
for _, action in ipairs(actions) do say("action " .. action.title) end

-- Hover on an app (orbit-crm, line 12): its cost and, once the typo is
-- undone and the background review is done, the recommended decision.
vim.api.nvim_buf_set_lines(buf, 7, 8, false, { line })
vim.wait(10000, function() return #vim.diagnostic.get(buf) == 0 end)
say("diagnostics after the fix " .. #vim.diagnostic.get(buf))
local l12 = vim.api.nvim_buf_get_lines(buf, 11, 12, false)[1]
local on_app = { line = 11, character = l12:find("orbit-crm", 1, true) + 1 }
local decided = ""
for _ = 1, 100 do
  local answer = ask("textDocument/hover", { textDocument = document, position = on_app })
  decided = answer and answer.contents.value or ""
  if decided:find("computed", 1, true) == nil then break end
  vim.wait(200)
end
say("app hover " .. (decided or ""):gsub("\n", " | "))

-- Completion inside the capabilities list of line 19, after "commerce.".
local l19_text = vim.api.nvim_buf_get_lines(buf, 18, 19, false)[1]
vim.api.nvim_buf_set_lines(buf, 18, 19, false, { (l19_text:gsub("commerce%.quotes", "commerce.")) })
local completion = ask("textDocument/completion", {
  textDocument = document,
  position = { line = 18, character = l19_text:find("commerce.quotes", 1, true) + 8 },
}) or {}
local items = completion.items or completion
local labels = {}
for _, item in ipairs(items) do table.insert(labels, item.label) end
table.sort(labels)
say("completion " .. table.concat(labels, " "))
vim.api.nvim_buf_set_lines(buf, 18, 19, false, { l19_text })

-- Rename the capability everywhere; a taken id is refused.
local rename = ask("textDocument/rename", { textDocument = document, position = at, newName = "commerce.cpq" })
local files, edits = 0, 0
for _, changes in pairs((rename or {}).changes or {}) do
  files = files + 1
  edits = edits + #changes
end
say(string.format("rename %d files %d edits", files, edits))
local refused = vim.lsp.buf_request_sync(buf, "textDocument/rename",
  { textDocument = document, position = at, newName = "care.chat" }, 10000) or {}
for _, answer in pairs(refused) do
  local failure = answer.err or answer.error  -- "error" before Neovim 0.8
  if failure then say("rename refused " .. failure.message) end
end

vim.fn.writefile(out, out_path)
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
