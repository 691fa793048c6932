-- Drives the Strata language server from Neovim's built-in LSP client (headless) on a copy of
-- examples/live and writes what the editor saw as JSON to $STRATA_OUT; test/editors-neovim.test.ts
-- asserts on it. Any failure is written as {"error": ...} and exits non-zero.
local function env(name)
  local value = os.getenv(name)
  assert(value and value ~= '', name .. ' is not set')
  return value
end
local node, server, root, out = env('STRATA_NODE'), env('STRATA_SERVER'), env('STRATA_PROJECT'), env('STRATA_OUT')
local TIMEOUT = 15000
local JOB = 'jobs/ads_live_room_rank_1d.sql'

local function write(result)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function wait(what, condition)
  if not vim.wait(TIMEOUT, condition, 20) then error('timed out waiting for ' .. what, 0) end
end

local state = { initialized = false, attached = false, progress_ended = 0, publishes = 0, logs = {} }

local function counting(method, count)
  return function(err, result, ctx, config)
    count(result)
    return vim.lsp.handlers[method](err, result, ctx, config)
  end
end

local function request(buf, method, params)
  local responses, err = vim.lsp.buf_request_sync(buf, method, params, TIMEOUT)
  if not responses then error(method .. ': ' .. tostring(err), 0) end
  for _, response in pairs(responses) do
    if response.err then error(method .. ': ' .. vim.inspect(response.err), 0) end
    return response.result
  end
  error(method .. ': no response', 0)
end

local function diagnostics(buf)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(found, { line = d.lnum, col = d.col, end_line = d.end_lnum, end_col = d.end_col, severity = d.severity, source = d.source, code = d.code, message = d.message })
  end
  return found
end

local function main()
  local result = {}
  vim.cmd('edit ' .. vim.fn.fnameescape(root .. '/' .. JOB))
  local buf = vim.api.nvim_get_current_buf()
  local config = {
    name = 'strata',
    cmd = { node, server, '--stdio' },
    root_dir = root,
    on_init = function() state.initialized = true end,
    on_attach = function() state.attached = true end,
    handlers = {
      ['$/progress'] = counting('$/progress', function(p)
        if type(p.value) == 'table' and p.value.kind == 'end' then
          state.progress_ended = state.progress_ended + 1
          state.publishes_at_end = state.publishes
        end
      end),
      ['textDocument/publishDiagnostics'] = counting('textDocument/publishDiagnostics', function(p)
        if vim.uri_to_fname(p.uri) == vim.api.nvim_buf_get_name(buf) then state.publishes = state.publishes + 1 end
      end),
    },
  }
  local client_id
  if vim.lsp.start then
    client_id = vim.lsp.start(config)
  else
    client_id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(buf, client_id)
  end
  wait('the client to attach', function() return state.initialized and state.attached end)
  wait('indexing to end ($/progress)', function() return state.progress_ended > 0 end)
  -- Open documents are re-checked once indexing ends; counted from the end itself, since that
  -- re-check may be handled in the same loop turn as the progress end.
  local seen = state.publishes_at_end
  wait('diagnostics after indexing', function() return state.publishes > seen end)
  result.indexed_diagnostics = diagnostics(buf)

  local uri = vim.uri_from_bufnr(buf)
  local hover = request(buf, 'textDocument/hover', { textDocument = { uri = uri }, position = { line = 49, character = 6 } })
  result.hover = hover and hover.contents and hover.contents.value or vim.NIL

  local definition = request(buf, 'textDocument/definition', { textDocument = { uri = uri }, position = { line = 53, character = 20 } })
  if definition and definition[1] then definition = definition[1] end
  result.definition = { file = vim.uri_to_fname(definition.uri):sub(#root + 2), range = definition.range }

  -- An edit that introduces an unknown column: the clean job had no diagnostics, so any are the edit's.
  vim.api.nvim_buf_set_lines(buf, 49, 50, false, { '  k.gift_amout,' })
  wait('diagnostics after the edit', function() return #vim.diagnostic.get(buf) > 0 end)
  result.edit_diagnostics = diagnostics(buf)

  vim.api.nvim_buf_set_lines(buf, 43, 44, false, { '  k.' })
  local completion = request(buf, 'textDocument/completion', { textDocument = { uri = uri }, position = { line = 43, character = 4 } })
  local items = completion.items or completion
  result.completion = { isIncomplete = completion.isIncomplete or false, labels = {} }
  for _, item in ipairs(items) do table.insert(result.completion.labels, item.label) end

  vim.lsp.stop_client(client_id)
  wait('the server to exit', function() return vim.lsp.get_client_by_id(client_id) == nil end)
  return result
end

local ok, result = pcall(main)
if ok then
  write(result)
  vim.cmd('qall!')
else
  write({ error = tostring(result) })
  vim.cmd('cquit 1')
end
