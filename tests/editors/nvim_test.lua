-- Drive torch-lsp from a real Neovim 0.11, headless:
--   TORCH_LSP_PYTHON=.venv/bin/python TORCH_LSP_NVIM_RESULT=/tmp/r.json \
--   nvim --headless --clean -n -c 'luafile tests/editors/nvim_test.lua'
-- Environment:
--   TORCH_LSP_PYTHON        interpreter that runs `-m torch_lsp --stdio` (required)
--   TORCH_LSP_NVIM_RESULT   where to write the JSON result (required)
--   TORCH_LSP_NVIM_FIXTURES folder holding shapes.py and member.py (default: fixtures/ beside this file)
--   TORCH_LSP_NVIM_TIMEOUT  seconds each check may wait (default 60)
--   TORCH_LSP_NVIM_ONLY     comma-separated checks to run after start and torch_loaded (default: all of
--                           hover, signature_help, definition, snippet_completion, member_completion,
--                           inlay_hint, inlay_hint_utf8, diagnostic)
-- The result has one entry per check under `checks` ({ok, ms, detail}), so that each failure is
-- reported on its own. Headless `print` goes to stderr; nothing here relies on it.

local uv = vim.uv or vim.loop
vim.o.swapfile = false -- several runs may open the same fixture at once
local started = uv.hrtime()
local function elapsed_ms(since) return math.floor((uv.hrtime() - (since or started)) / 1e6) end

local script_dir = vim.fs.dirname(debug.getinfo(1, 'S').source:sub(2))
local python = os.getenv('TORCH_LSP_PYTHON')
local result_path = os.getenv('TORCH_LSP_NVIM_RESULT')
local fixtures = os.getenv('TORCH_LSP_NVIM_FIXTURES') or (script_dir .. '/fixtures')
local timeout_ms = math.floor((tonumber(os.getenv('TORCH_LSP_NVIM_TIMEOUT')) or 60) * 1000)
local only = {}
for name in (os.getenv('TORCH_LSP_NVIM_ONLY') or ''):gmatch('[%w_]+') do only[name] = true end

local result = {
  nvim_version = tostring(vim.version()),
  checks = {},
  statuses = {},
  log = {},
}

local function log(message)
  table.insert(result.log, string.format('%6d ms %s', elapsed_ms(), message))
  io.stderr:write('[nvim_test] ' .. message .. '\n')
end

local function write_result()
  result.total_ms = elapsed_ms()
  local file = assert(io.open(result_path, 'w'))
  file:write(vim.json.encode(result))
  file:close()
end

local function check(name, fn)
  if next(only) and not only[name] and name ~= 'start' and name ~= 'torch_loaded' then return end
  local t0 = uv.hrtime()
  local ok, passed, detail = pcall(fn)
  if not ok then
    passed, detail = false, 'error: ' .. tostring(passed)
  end
  result.checks[name] = { ok = passed and true or false, ms = elapsed_ms(t0), detail = detail }
  log(string.format('%s: %s (%d ms)', name, passed and 'ok' or 'FAILED', result.checks[name].ms))
end

-- Poll `probe` (returns value or nil) until it returns non-nil or the timeout passes.
local function poll(probe, wait_ms, interval)
  local value
  vim.wait(wait_ms or timeout_ms, function()
    value = probe()
    return value ~= nil
  end, interval or 200)
  return value
end

local function open(name)
  vim.cmd('edit ' .. vim.fn.fnameescape(fixtures .. '/' .. name))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'python'
  return bufnr
end

local function line_of(bufnr, needle)
  for index, text in ipairs(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)) do
    local column = text:find(needle, 1, true)
    if column then return index - 1, column - 1, text end
  end
  error('fixture has no line with ' .. needle)
end

local function request(bufnr, method, params, wait_ms)
  local responses, err = vim.lsp.buf_request_sync(bufnr, method, params, wait_ms or timeout_ms)
  if not responses then return nil, err or 'timeout' end
  for _, response in pairs(responses) do
    if response.err then return nil, vim.inspect(response.err) end
    return response.result
  end
  return nil, 'no response'
end

local function position_params(bufnr, line, character)
  return { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = character } }
end

local function hover_text(hover)
  if type(hover) ~= 'table' or hover.contents == nil then return nil end
  local contents = hover.contents
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, part in ipairs(contents) do
    table.insert(parts, type(part) == 'string' and part or part.value or '')
  end
  return table.concat(parts, '\n')
end

local function labels(completion)
  local items = completion and (completion.items or completion) or {}
  local out = {}
  for _, item in ipairs(items) do
    table.insert(out, { label = item.label, snippet = item.insertTextFormat == 2 })
  end
  return out
end

local function hint_label(hint)
  if type(hint.label) == 'string' then return hint.label end
  local parts = {}
  for _, part in ipairs(hint.label) do table.insert(parts, part.value) end
  return table.concat(parts)
end

local function run()
  assert(python and python ~= '', 'TORCH_LSP_PYTHON is not set')
  local shapes = open('shapes.py')

  -- The configuration a user's FileType autocommand would pass; a second vim.lsp.start with it
  -- reuses the client (same name and root) and attaches the new buffer.
  local config = {
    name = 'torch-lsp',
    cmd = { python, '-m', 'torch_lsp', '--stdio' },
    root_dir = fixtures,
    init_options = { torchLsp = { language = 'en', device = 'cpu' } },
    handlers = {
      ['torchLsp/status'] = function(_, params)
        table.insert(result.statuses, params)
        log('torchLsp/status ' .. vim.json.encode(params))
      end,
    },
  }
  local client_id = vim.lsp.start(config, { bufnr = shapes })

  check('start', function()
    if not client_id then return false, 'vim.lsp.start returned nil' end
    local client = vim.lsp.get_client_by_id(client_id)
    local initialized = vim.wait(timeout_ms, function()
      return client ~= nil and client.initialized == true
    end, 50)
    if not initialized then return false, 'client never initialized' end
    result.server_info = client.server_info
    result.offset_encoding = client.offset_encoding
    return true, string.format('initialized after %d ms', elapsed_ms())
  end)
  if not result.checks.start.ok then return end

  -- Torch loads in the background: wait for the status notification to leave `loading`.
  check('torch_loaded', function()
    local state = poll(function()
      local last = result.statuses[#result.statuses]
      if last and last.state ~= 'loading' then return last.state end
    end, math.max(timeout_ms, 90000), 100)
    if state == nil then return false, 'no torchLsp/status other than loading: ' .. vim.json.encode(result.statuses) end
    return state == 'ready', 'state ' .. state .. ' ' .. vim.json.encode(result.statuses[#result.statuses])
  end)

  check('hover', function()
    local line, column, text = line_of(shapes, 'torch.cat(')
    local params = position_params(shapes, line, column + #'torch.' + 1)
    local last_err
    local value = poll(function()
      local hover, err = request(shapes, 'textDocument/hover', params, 10000)
      last_err = err
      local markdown = hover_text(hover)
      if markdown and markdown ~= '' then return markdown end
    end)
    if not value then return false, 'no hover on ' .. text .. ': ' .. tostring(last_err) end
    return value:find('Concatenates', 1, true) ~= nil, value:sub(1, 600)
  end)

  check('signature_help', function()
    local typed = 'torch.cat([images, images], '
    local line, column = line_of(shapes, typed)
    local params = position_params(shapes, line, column + #typed)
    params.context = { triggerKind = 2, triggerCharacter = ',', isRetrigger = false }
    local last_err
    local help = poll(function()
      local answer, err = request(shapes, 'textDocument/signatureHelp', params, 10000)
      last_err = err
      if type(answer) == 'table' and answer.signatures and #answer.signatures > 0 then return answer end
    end)
    if not help then return false, 'no signature help after `' .. typed .. '`: ' .. tostring(last_err) end
    local signature = help.signatures[(help.activeSignature or 0) + 1]
    local parameter = signature.parameters[(help.activeParameter or 0) + 1]
    local label = parameter and parameter.label
    if type(label) == 'table' then label = signature.label:sub(label[1] + 1, label[2]) end
    return label == 'dim=0', signature.label .. ' · active parameter ' .. tostring(label)
  end)

  check('definition', function()
    local line, column = line_of(shapes, 'pair = torch.cat([images')
    local params = position_params(shapes, line, column + #'pair = torch.cat([')
    local target = line_of(shapes, 'images = ')
    local last_err
    local location = poll(function()
      local answer, err = request(shapes, 'textDocument/definition', params, 10000)
      last_err = err
      if type(answer) == 'table' and answer.uri then return answer end
      if type(answer) == 'table' and #answer > 0 then return answer[1] end
    end)
    if not location then return false, 'no definition of `images`: ' .. tostring(last_err) end
    return location.uri == vim.uri_from_bufnr(shapes) and location.range.start.line == target, vim.json.encode(location)
  end)

  check('snippet_completion', function()
    local last = vim.api.nvim_buf_line_count(shapes) - 1
    local completion, err = request(shapes, 'textDocument/completion', position_params(shapes, last, 0))
    if not completion then return false, 'no completion at a statement position: ' .. tostring(err) end
    local found, names = {}, {}
    for _, item in ipairs(labels(completion)) do
      if item.label:sub(1, 6) == 'torch-' then
        table.insert(found, item.label .. (item.snippet and '' or ' (not a snippet)'))
        if item.snippet then table.insert(names, item.label) end
      end
    end
    local detail = 'torch- items: ' .. table.concat(found, ', ')
    return #names > 0 and vim.tbl_contains(names, 'torch-train-loop'), detail
  end)

  local member = open('member.py')
  check('member_completion', function()
    local attached = vim.lsp.start(config, { bufnr = member })
    if attached ~= client_id then return false, 'member.py got client ' .. tostring(attached) end
    local line, column = line_of(member, 'torch.')
    local params = position_params(member, line, column + #'torch.')
    params.context = { triggerKind = 2, triggerCharacter = '.' }
    local last
    local seen = poll(function()
      local completion, err = request(member, 'textDocument/completion', params)
      last = completion and (#labels(completion) .. ' items') or ('error ' .. tostring(err))
      for _, item in ipairs(labels(completion)) do
        if item.label == 'cat' then return item.label end
      end
    end, timeout_ms, 1000)
    if not seen then return false, 'no `cat` after `torch.`; last answer: ' .. last end
    return true, 'cat offered (' .. last .. ')'
  end)

  vim.api.nvim_set_current_buf(shapes)
  check('inlay_hint', function()
    local line, _, text = line_of(shapes, 'images = ')
    local column = #'images'
    vim.lsp.inlay_hint.enable(true, { bufnr = shapes })
    local all
    local hit = poll(function()
      all = {}
      for _, item in ipairs(vim.lsp.inlay_hint.get({ bufnr = shapes })) do
        local hint = item.inlay_hint
        local label = hint_label(hint)
        table.insert(all, string.format('%d:%d %s', hint.position.line, hint.position.character, label))
        if hint.position.line == line and label:find(': [64, 1, 28, 28]', 1, true) then return hint end
      end
    end)
    if not hit then return false, 'no ": [64, 1, 28, 28]" hint on `' .. text .. '`; hints: ' .. table.concat(all, ' | ') end
    local label = hint_label(hit)
    return hit.position.character == column,
      string.format('%q at %d:%d (want character %d); all: %s', label, hit.position.line, hit.position.character,
        column, table.concat(all, ' | '))
  end)

  -- Neovim negotiates UTF-8 positions: after a non-ASCII name the hint sits at a byte offset.
  check('inlay_hint_utf8', function()
    local line, _, text = line_of(shapes, '张量 = ')
    local column = #'张量' -- bytes
    local all
    local hit = poll(function()
      all = {}
      for _, item in ipairs(vim.lsp.inlay_hint.get({ bufnr = shapes })) do
        local hint = item.inlay_hint
        if hint.position.line == line then
          table.insert(all, string.format('%d:%d %s', hint.position.line, hint.position.character, hint_label(hint)))
          if hint_label(hint):find(': [2, 3]', 1, true) then return hint end
        end
      end
    end)
    if not hit then return false, 'no ": [2, 3]" hint on `' .. text .. '`; hints there: ' .. table.concat(all or {}, ' | ') end
    return hit.position.character == column,
      string.format('%q at character %d (want %d, encoding %s)', hint_label(hit), hit.position.character, column,
        tostring(result.offset_encoding))
  end)

  check('diagnostic', function()
    local line, _, text = line_of(shapes, 'bad = ')
    local all
    -- Analysing this file takes well under a second once torch is loaded.
    local hit = poll(function()
      all = {}
      for _, diagnostic in ipairs(vim.diagnostic.get(shapes)) do
        table.insert(all, string.format('%d: %s', diagnostic.lnum, diagnostic.message))
        if diagnostic.lnum == line and diagnostic.severity == vim.diagnostic.severity.ERROR then return diagnostic end
      end
    end, math.min(timeout_ms, 30000))
    if not hit then return false, 'no error on `' .. text .. '`; diagnostics: ' .. table.concat(all, ' | ') end
    return true, hit.message:sub(1, 400)
  end)
end

local ok, err = pcall(run)
if not ok then
  result.error = tostring(err)
  log('error: ' .. tostring(err))
end
local passed = ok
for _, entry in pairs(result.checks) do passed = passed and entry.ok end
result.passed = passed
pcall(function()
  for _, client in ipairs(vim.lsp.get_clients()) do client:stop() end
  vim.wait(2000, function() return #vim.lsp.get_clients() == 0 end, 50)
end)
write_result()
vim.cmd(passed and 'qa!' or 'cq!')
