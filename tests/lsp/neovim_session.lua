-- A Neovim session against `appmix lsp`, headless: Neovim's own LSP client
-- (vim.lsp.start_client, Neovim 0.7 and later) on a copy of the bundled
-- telco inventory. It opens candidates.yaml, types a misspelt capability,
-- and asks for diagnostics, hover, definition, references, the outline and
-- the quick fix; each answer is written as one line to the file OUT for
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

vim.fn.writefile(out, out_path)
vim.lsp.stop_client(client_id)
vim.cmd("qa!")
