--[[ weave.lua: the pandoc Lua filter that makes the book (pandoc 2.17).

  pandoc book.md --lua-filter scripts/weave.lua [-M edition=student] ...

book.md holds the title page, the preface and, in its metadata, the chapter
order (`chapters:`, a list of base names such as 01-gradient-descent). This
filter:

  1. appends chapters/NAME.md for each name listed (a name whose file does
     not exist yet is skipped: chapters are written in parallel); a file in
     chapters/ that is not listed is an error;
  2. fills every code block that names a `file` (and a `region`) from the
     source, dropping the region markers and the solution markers: the
     complete edition shows the solution, the student edition
     (edition=student) the stub, exactly what scripts/stubgen.awk makes;
  3. numbers figures, display equations and algorithms by chapter (Figure
     3.2, (3.2), Algorithm 1.1), where the chapter number is the NN of the
     file name, and resolves @fig:, @eq:, @alg: and @sec: references;
  4. swaps each figure's plot script (plots/NAME.gp) for the drawn figure
     (build/solutions/plots/NAME.pdf in LaTeX, plots/NAME.svg in HTML) and
     appends to its caption the commands that regenerate its data;
  5. checks every citation key against book.bib, and no non-ASCII in math.

Anything unresolved stops the build with a message naming it. With
`-M labels=FILE` it also writes every label and its number to FILE (one
"label<TAB>number" a line), for scripts/check-book.sh.

Conventions for authors: docs/AUTHORING.md.
]]

local stringify = pandoc.utils.stringify

local errors = {}
local function fail(msg)
  table.insert(errors, msg)
end
local function finish()
  if #errors > 0 then
    for _, e in ipairs(errors) do
      io.stderr:write('weave: ' .. e .. '\n')
    end
    io.stderr:write('weave: ' .. #errors .. ' problem(s), nothing was built\n')
    io.stderr:flush()
    os.exit(1)
  end
end

local function read_file(path)
  local f = io.open(path, 'r')
  if not f then return nil end
  local s = f:read('a')
  f:close()
  return s
end

local function file_exists(path)
  local f = io.open(path, 'r')
  if f then f:close() return true end
  return false
end

local function lines_of(s)
  local t = {}
  for line in (s .. (s:sub(-1) == '\n' and '' or '\n')):gmatch('(.-)\n') do
    table.insert(t, line)
  end
  return t
end

local function trim(s)
  return (s:gsub('^%s+', ''):gsub('%s+$', ''))
end

local format_latex = FORMAT:match('latex') ~= nil
local format_html = FORMAT:match('html') ~= nil

local edition = 'complete'

----------------------------------------------------------------- regions

-- A comment line "/* region NAME */" (or "// region NAME", "# region NAME")
-- gives ('region', NAME); "endregion" likewise; otherwise nil.
local function region_marker(line)
  local s = trim(line)
  s = s:gsub('^/%*%s*', ''):gsub('%s*%*/$', '')
  s = s:gsub('^//%s*', ''):gsub('^#%s*', ''):gsub('^%-%-%s*', '')
  local kind, name = s:match('^(%a+)%s+([%w_%-%.]+)$')
  if kind == 'region' or kind == 'endregion' then return kind, name end
  return nil
end

-- The lines of region `name` of `path` (the whole file when name is nil),
-- without marker lines, as the given edition shows them.
local function region_text(path, name, student)
  local src = read_file(path)
  if not src then
    return nil, 'no file ' .. path
  end
  local out, inside, found, closed = {}, name == nil, false, false
  local state = 'code' -- code, solution, stub (as in scripts/stubgen.awk)
  for _, line in ipairs(lines_of(src)) do
    local kind, rname = region_marker(line)
    if kind and rname == name then
      if kind == 'region' then inside, found = true, true
      else inside, closed = false, true end
    elseif kind then
      -- another region's marker: drop it
    elseif line:match('^%s*/%* BEGIN SOLUTION %*/%s*$') then
      state = 'solution'
    elseif line:match('^%s*/%* END SOLUTION, STUB:%s*$') then
      state = 'stub'
    elseif line:match('^%s*/%* END SOLUTION %*/%s*$') then
      state = 'code'
    elseif state == 'stub' and line:match('^%s*%*/%s*$') then
      state = 'code'
    elseif inside then
      if state == 'code' or (state == 'solution' and not student)
         or (state == 'stub' and student) then
        table.insert(out, line)
      end
    end
  end
  if name and not found then
    return nil, 'no region "' .. name .. '" in ' .. path
  end
  if name and not closed then
    return nil, 'region "' .. name .. '" in ' .. path .. ' has no endregion'
  end
  while #out > 0 and out[1]:match('^%s*$') do table.remove(out, 1) end
  while #out > 0 and out[#out]:match('^%s*$') do table.remove(out) end
  return table.concat(out, '\n')
end

local function latex_escape(s)
  return (s:gsub('[\\{}$&#^_%%~]', function(c)
    if c == '\\' then return '\\textbackslash{}' end
    if c == '^' then return '\\textasciicircum{}' end
    if c == '~' then return '\\textasciitilde{}' end
    return '\\' .. c
  end))
end

-- Inline code in LaTeX: \texttt with a line break allowed after "/" and
-- "_", so that paths and long names do not run into the margin.
local tt_chars = {
  ['\\'] = '\\textbackslash{}', ['{'] = '\\{', ['}'] = '\\}', ['$'] = '\\$',
  ['&'] = '\\&', ['#'] = '\\#', ['%'] = '\\%', ['^'] = '\\^{}',
  ['~'] = '\\textasciitilde{}', ['_'] = '\\_\\allowbreak{}', ['/'] = '/\\allowbreak{}',
  ['-'] = '-{}', ["'"] = '\\textquotesingle{}', ['`'] = '\\textasciigrave{}',
  ['<'] = '\\textless{}', ['>'] = '\\textgreater{}', ['"'] = '\\textquotedbl{}',
}
local function latex_code(el)
  if not format_latex then return nil end
  return pandoc.RawInline('latex', '\\texttt{' .. el.text:gsub('.', tt_chars) .. '}')
end

-- A code block: filled from its file when it names one; in LaTeX, a
-- listings environment that breaks long lines instead of running off the
-- page.
local function code_block(el)
  local file = el.attributes['file']
  local region = el.attributes['region']
  local shown = file
  if region and not file then
    fail('a code block has region="' .. region .. '" but no file=')
    return el
  end
  if file then
    if el.text:match('%S') then
      fail('the code block for ' .. file .. ' must be empty in the Markdown: the filter fills it')
    end
    local student = edition == 'student' and file:match('^solutions/') ~= nil
    if student then shown = file:gsub('^solutions/', 'exercises/') end
    local text, why = region_text(file, region, student)
    if not text then
      fail(why)
      return el
    end
    el.text = text
    el.attributes['file'] = nil
    el.attributes['region'] = nil
  end
  if format_latex then
    local opts = {}
    local languages = {c = 'C', h = 'C', sh = 'bash', bash = 'bash', shell = 'bash',
                       make = 'make', makefile = 'make', python = 'Python',
                       gnuplot = 'Gnuplot', awk = 'Awk', lua = '{[5.3]Lua}'}
    local lang = el.classes[1] and languages[el.classes[1]:lower()]
    if lang then table.insert(opts, 'language=' .. lang) end
    if shown then
      table.insert(opts, 'title={\\textsf{\\footnotesize ' .. latex_escape(shown) ..
                   (region and (', ' .. latex_escape(region)) or '') .. '}}')
    end
    if el.text:match('\\end{lstlisting}') then
      fail('a code block contains \\end{lstlisting}')
    end
    local listing = '\\begin{lstlisting}[' .. table.concat(opts, ',') ..
                    ']\n' .. el.text .. '\n\\end{lstlisting}'
    local _, nlines = el.text:gsub('\n', '')
    if nlines < 30 then -- a short listing is not split across pages
      listing = '\\begin{minipage}{\\linewidth}\n' .. listing .. '\n\\end{minipage}'
    end
    return pandoc.RawBlock('latex', '\\begin{widecode}\n' .. listing .. '\n\\end{widecode}')
  end
  if shown and format_html then
    return pandoc.Div({pandoc.Para({pandoc.Code(shown .. (region and (', ' .. region) or ''))}), el},
                      pandoc.Attr('', {'listing'}))
  end
  return el
end

------------------------------------------------------------ bibliography

local function bib_keys(path)
  local keys = {}
  local src = read_file(path)
  if not src then
    fail('no bibliography ' .. path)
    return keys
  end
  for key in src:gmatch('@%a+%s*{%s*([^,%s]+)%s*,') do
    keys[key] = true
  end
  return keys
end

---------------------------------------------------------------- numbering

local labels = {}       -- id -> {kind=, number=, page=}
local label_order = {}
local current_page = 'index' -- the chapter being numbered (HTML pages)
local html_page = nil        -- the one page to make (-M html-page=NAME)
local header_ids = {}        -- the ids of the headings so far, to keep them unique

local function add_label(id, kind, number)
  if labels[id] then
    fail('the label ' .. id .. ' is defined twice')
    return
  end
  labels[id] = {kind = kind, number = number, page = current_page}
  table.insert(label_order, id)
end

-- The commands of a plot script's "# data: FILE: descent ARGS" lines.
local function data_commands(script)
  local cmds = {}
  local src = read_file(script) or ''
  for _, line in ipairs(lines_of(src)) do
    local cmd = line:match('^#%s*data:%s*[^:]+:%s*(descent%s.-)%s*$')
    if cmd then table.insert(cmds, cmd) end
  end
  return cmds
end

-- Commands that differ in one argument only, "descent sgd --batch 1 ...",
-- "descent sgd --batch 16 ...", as one: the command with that argument
-- named (BATCH), and its values. nil when they differ in more.
local function common_command(cmds)
  if #cmds < 2 then return nil end
  local split = {}
  for i, cmd in ipairs(cmds) do
    split[i] = {}
    for w in cmd:gmatch('%S+') do table.insert(split[i], w) end
    if #split[i] ~= #split[1] then return nil end
  end
  local at = nil
  for k = 1, #split[1] do
    for i = 2, #split do
      if split[i][k] ~= split[1][k] then
        if at and at ~= k then return nil end
        at = k
      end
    end
  end
  if not at or at == 1 then return nil end
  local flag = split[1][at - 1]
  local name = flag:match('^%-%-([%w%-]+)$')
  name = name and name:upper():gsub('%-', '_') or 'X'
  local values = {}
  for i = 1, #split do table.insert(values, split[i][at]) end
  local words = {}
  for k, w in ipairs(split[1]) do words[k] = (k == at) and name or w end
  return table.concat(words, ' '), name, values
end

-- A command in a caption. In HTML, one code element per word, so that the
-- browser breaks lines between words and never inside "--lr".
local function command(cmd)
  if not format_html then return {pandoc.Code(cmd)} end
  local out = {}
  for w in cmd:gmatch('%S+') do
    if #out > 0 then table.insert(out, pandoc.Space()) end
    table.insert(out, pandoc.Code(w))
  end
  return out
end

-- The caption's tail: how to redraw the figure and where its data is from.
local function regenerate_note(script)
  local note = {pandoc.Space(), pandoc.Str('Redraw:'), pandoc.Space(),
                pandoc.Code('make plots'), pandoc.Str(';'), pandoc.Space(),
                pandoc.Str('data:'), pandoc.Space()}
  local cmds = data_commands(script)
  if #cmds == 0 then
    return {pandoc.Space(), pandoc.Str('Redraw:'), pandoc.Space(),
            pandoc.Code('make plots'), pandoc.Str('.')}
  end
  local common, name, values = common_command(cmds)
  if common then
    for _, x in ipairs(command(common)) do table.insert(note, x) end
    table.insert(note, pandoc.Space())
    table.insert(note, pandoc.Str('for'))
    table.insert(note, pandoc.Space())
    table.insert(note, pandoc.Code(name))
    table.insert(note, pandoc.Space())
    table.insert(note, pandoc.Str('in'))
    table.insert(note, pandoc.Space())
    table.insert(note, pandoc.Str(table.concat(values, ', ')))
    table.insert(note, pandoc.Str('.'))
    return note
  end
  if #cmds > 4 then -- too many for a caption: where they are, and the first
    for _, x in ipairs({pandoc.Str(tostring(#cmds)), pandoc.Space(), pandoc.Code('descent'),
                        pandoc.Space(), pandoc.Str('runs,'), pandoc.Space(),
                        pandoc.Str('listed'), pandoc.Space(), pandoc.Str('in'), pandoc.Space(),
                        pandoc.Code(script), pandoc.Str(','), pandoc.Space(),
                        pandoc.Str('the'), pandoc.Space(), pandoc.Str('first'), pandoc.Space()}) do
      table.insert(note, x)
    end
    cmds = {cmds[1]}
  end
  for i, cmd in ipairs(cmds) do
    if i > 1 then
      table.insert(note, pandoc.Str(';'))
      table.insert(note, pandoc.Space())
    end
    for _, x in ipairs(command(cmd)) do table.insert(note, x) end
  end
  table.insert(note, pandoc.Str('.'))
  return note
end

local function check_math(text, where)
  if text:find('[\128-\255]') then
    fail('non-ASCII character inside math in ' .. where .. ': ' .. text:sub(1, 60))
  end
end

-- Number one chapter's figures, equations, algorithms and sections, and
-- turn them into what the output format needs. `chap` is the chapter
-- number, `where` the file name for messages.
local function number_chapter(blocks, chap, where)
  local nfig, neq, nalg = 0, 0, 0
  local sec = {chap, 0, 0, 0, 0, 0}

  local function figure_image(img)
    local src = img.src
    local name = src:match('^plots/([%w_%-%.]+)%.gp$')
    if not name then
      fail(where .. ': a figure must be a plot script plots/NAME.gp, not ' .. src)
      return img
    end
    if not file_exists(src) then
      fail(where .. ': no plot script ' .. src)
      return img
    end
    nfig = nfig + 1
    local number = chap .. '.' .. nfig
    local id = img.identifier
    if id == '' then
      fail(where .. ': the figure ' .. src .. ' has no {#fig:...} id')
    elseif not id:match('^fig:') then
      fail(where .. ': the figure id ' .. id .. ' must start with fig:')
    else
      add_label(id, 'fig', number)
    end
    for _, el in ipairs(regenerate_note(src)) do
      table.insert(img.caption, el)
    end
    if format_html then
      img.src = 'plots/' .. name .. '.svg'
      table.insert(img.caption, 1, pandoc.Space())
      table.insert(img.caption, 1, pandoc.Str('Figure ' .. number .. ':'))
    else
      img.src = 'build/solutions/plots/' .. name .. '.pdf'
    end
    return img
  end

  local function equation(span)
    local math = nil
    for _, el in ipairs(span.content) do
      if el.t == 'Math' and el.mathtype == 'DisplayMath' then math = el
      elseif not (el.t == 'Space' or el.t == 'SoftBreak') then
        fail(where .. ': the equation ' .. span.identifier .. ' must hold one $$...$$ and nothing else')
        return span
      end
    end
    if not math then
      fail(where .. ': the equation ' .. span.identifier .. ' holds no $$...$$')
      return span
    end
    neq = neq + 1
    local number = chap .. '.' .. neq
    add_label(span.identifier, 'eq', number)
    if format_latex then
      -- LaTeX numbers it chap.neq itself (book class), with its own anchor
      return pandoc.RawInline('latex', '\\setcounter{equation}{' .. (neq - 1) ..
                              '}\\begin{equation}\\label{' .. span.identifier .. '}\n' ..
                              math.text .. '\n\\end{equation}')
    end
    return pandoc.Span({math, pandoc.Span({pandoc.Str('(' .. number .. ')')},
                                          pandoc.Attr('', {'eqno'}))},
                       pandoc.Attr(span.identifier, {'equation'}))
  end

  local function algorithm(div)
    nalg = nalg + 1
    local number = chap .. '.' .. nalg
    local id = div.identifier
    add_label(id, 'alg', number)
    local title = div.attributes['title'] or ''
    local head = {pandoc.Strong({pandoc.Str('Algorithm'), pandoc.Space(), pandoc.Str(number)})}
    if title ~= '' then
      local parsed = pandoc.read(title, 'markdown').blocks
      table.insert(head, pandoc.Space())
      table.insert(head, pandoc.Space())
      if parsed[1] then
        for _, el in ipairs(parsed[1].content) do table.insert(head, el) end
      end
    end
    if format_latex then
      local out = {pandoc.RawBlock('latex',
        '\\begin{algobox}\\phantomsection\\label{' .. id .. '}'),
        pandoc.Plain(head), pandoc.RawBlock('latex', '\\algorule')}
      for _, b in ipairs(div.content) do table.insert(out, b) end
      table.insert(out, pandoc.RawBlock('latex', '\\end{algobox}'))
      return out
    end
    local content = {pandoc.Div({pandoc.Para(head)}, pandoc.Attr('', {'algorithm-title'}))}
    for _, b in ipairs(div.content) do table.insert(content, b) end
    return pandoc.Div(content, pandoc.Attr(id, {'algorithm'}))
  end

  local titled = false
  local function number_header(h, number)
    if format_html then
      table.insert(h.content, 1, pandoc.Space())
      table.insert(h.content, 1, pandoc.Span({pandoc.Str(number)},
                                             pandoc.Attr('', {'header-section-number'})))
      h.classes:insert('unnumbered')
    end
  end
  local function header(h)
    if h.classes:includes('unnumbered') then return h end
    if h.level == 1 then
      if titled then
        fail(where .. ': a chapter holds one # Title; a second: ' .. stringify(h.content))
      end
      titled = true
      local number = tostring(chap)
      if h.identifier:match('^sec:') then add_label(h.identifier, 'chapter', number) end
      number_header(h, number)
      if format_latex then
        return {pandoc.RawBlock('latex', '\\setcounter{chapter}{' .. (chap - 1) .. '}'), h}
      end
      return h
    end
    local lvl = h.level
    sec[lvl] = sec[lvl] + 1
    for i = lvl + 1, #sec do sec[i] = 0 end
    local parts = {}
    for i = 1, lvl do table.insert(parts, tostring(sec[i])) end
    local number = table.concat(parts, '.')
    if h.identifier:match('^sec:') then add_label(h.identifier, 'section', number) end
    number_header(h, number)
    return h
  end

  -- One walk, in document order, so numbers follow the text.
  local out = {}
  local function visit(list)
    local result = {}
    for _, b in ipairs(list) do
      local r = b
      if b.t == 'Header' then
        r = header(b)
      elseif b.t == 'Div' and b.classes:includes('algorithm') then
        if not b.identifier:match('^alg:') then
          fail(where .. ': an algorithm needs an id {#alg:...}')
        end
        b.content = visit(b.content)
        r = algorithm(b)
      elseif b.t == 'Div' or b.t == 'BlockQuote' then
        b.content = visit(b.content)
      end
      if r.t == nil then -- a list of blocks
        for _, x in ipairs(r) do table.insert(result, x) end
      else
        table.insert(result, r)
      end
    end
    return result
  end
  out = visit(blocks)

  -- figures, equations, math anywhere (lists, divs, tables...): each kind
  -- is met in document order, which is all its numbering needs
  local doc = pandoc.Pandoc(out)
  doc = doc:walk({
    Para = function(p)
      if #p.content == 1 and p.content[1].t == 'Image' and p.content[1].title:match('^fig:') then
        p.content[1] = figure_image(p.content[1])
        return p
      end
    end,
    Span = function(s)
      if s.identifier:match('^eq:') then return equation(s) end
    end,
    Math = function(m) check_math(m.text, where) end,
    Image = function(img)
      if img.src:match('%.gp$') and not img.title:match('^fig:') then
        fail(where .. ': the figure ' .. img.src .. ' must stand alone in its paragraph')
      end
    end,
    CodeBlock = code_block,
  })
  return doc.blocks
end

------------------------------------------------------------ references

local ref_words = {fig = 'Figure', alg = 'Algorithm', chapter = 'Chapter',
                   section = 'Section'}

local function reference(id)
  local l = labels[id]
  if not l then return nil end
  local text
  if l.kind == 'eq' then
    text = '(' .. l.number .. ')'
  else
    text = ref_words[l.kind] .. '\u{a0}' .. l.number
  end
  if format_latex then
    local t = text:gsub('\u{a0}', '~')
    return pandoc.RawInline('latex', '\\hyperref[' .. id .. ']{' .. t .. '}')
  end
  local target = '#' .. id
  if html_page and l.page ~= html_page then target = l.page .. '.html#' .. id end
  return pandoc.Link({pandoc.Str(text)}, target)
end

local function is_ref_key(key)
  return key:match('^fig:') or key:match('^eq:') or key:match('^alg:') or key:match('^sec:')
end

local function resolve(blocks, bib)
  local doc = pandoc.Pandoc(blocks)
  return doc:walk({
    Cite = function(c)
      local refs, cites = 0, 0
      for _, citation in ipairs(c.citations) do
        if is_ref_key(citation.id) then refs = refs + 1 else cites = cites + 1 end
      end
      if refs == 0 then
        for _, citation in ipairs(c.citations) do
          if not bib[citation.id] then
            fail('the citation @' .. citation.id .. ' is not in book.bib')
          end
        end
        return nil
      end
      local rest = {}
      if cites > 0 then -- "@sec:x [@key]": the reference, then the citation
        for _, citation in ipairs(c.citations) do
          if not is_ref_key(citation.id) then
            if not bib[citation.id] then
              fail('the citation @' .. citation.id .. ' is not in book.bib')
            end
            citation.mode = 'NormalCitation'
            table.insert(rest, citation)
          end
        end
      end
      local out, refs_seen = {}, 0
      for _, citation in ipairs(c.citations) do
        if is_ref_key(citation.id) then
          local r = reference(citation.id)
          if not r then
            fail('unresolved reference @' .. citation.id)
            return nil
          end
          refs_seen = refs_seen + 1
          if refs_seen > 1 then
            table.insert(out, pandoc.Str(refs_seen == refs and ' and' or ','))
            table.insert(out, pandoc.Space())
          end
          table.insert(out, r)
        end
      end
      if #rest > 0 then
        table.insert(out, pandoc.Space())
        table.insert(out, pandoc.Cite({}, rest))
      end
      return out
    end,
  }).blocks
end

----------------------------------------------------------------- the book

local function listed_chapters(meta)
  local names = {}
  if not meta.chapters then
    fail('book.md lists no chapters (metadata "chapters:")')
    return names
  end
  for _, item in ipairs(meta.chapters) do
    table.insert(names, stringify(item))
  end
  return names
end

-- The .md files in chapters/, to find any that book.md does not list.
local function chapter_files()
  local files = {}
  local p = io.popen('ls chapters 2>/dev/null')
  if p then
    for name in p:lines() do
      local base = name:match('^(.+)%.md$')
      if base then table.insert(files, base) end
    end
    p:close()
  end
  return files
end

-- An unnumbered chapter (Preface, References) in LaTeX: its title in the
-- running head, which \\chapter* leaves alone.
local function running_head(h)
  if format_latex and h.level == 1 then
    local t = latex_escape(stringify(h.content))
    return {h, pandoc.RawBlock('latex', '\\markboth{' .. t .. '}{' .. t .. '}')}
  end
  return {h}
end

-- Does a list of blocks cite anything from book.bib?
local function cites_any(blocks)
  local found = false
  pandoc.Pandoc(blocks):walk({Cite = function() found = true end})
  return found
end

local function references_section()
  local out = running_head(pandoc.Header(1, {pandoc.Str('References')},
                                         pandoc.Attr('references', {'unnumbered'})))
  table.insert(out, pandoc.Div({}, pandoc.Attr('refs')))
  return out
end

-- The HTML index's table of contents: every chapter, with its sections.
local function contents(chapters)
  local items = {}
  for _, c in ipairs(chapters) do
    local sections = {}
    for _, h in ipairs(c.sections) do
      table.insert(sections, {pandoc.Plain({pandoc.Link(h.content, c.name .. '.html#' .. h.identifier)})})
    end
    local item = {pandoc.Plain({pandoc.Link(c.title, c.name .. '.html')})}
    if #sections > 0 then table.insert(item, pandoc.BulletList(sections)) end
    table.insert(items, item)
  end
  return {pandoc.Header(1, {pandoc.Str('Contents')}, pandoc.Attr('contents', {'unnumbered'})),
          pandoc.Div({pandoc.BulletList(items)}, pandoc.Attr('', {'contents'}))}
end

-- Links to the previous chapter, the contents and the next chapter.
local function navigation(chapters, i)
  local parts = {}
  local function add(inlines)
    if #parts > 0 then
      table.insert(parts, pandoc.Space())
      table.insert(parts, pandoc.Str('|'))
      table.insert(parts, pandoc.Space())
    end
    for _, x in ipairs(inlines) do table.insert(parts, x) end
  end
  if chapters[i - 1] then
    add({pandoc.Link({pandoc.Str('\u{2190}'), pandoc.Space(), pandoc.Str(stringify(chapters[i - 1].title))},
                     chapters[i - 1].name .. '.html')})
  end
  add({pandoc.Link({pandoc.Str('Contents')}, 'index.html')})
  if chapters[i + 1] then
    add({pandoc.Link({pandoc.Str(stringify(chapters[i + 1].title)), pandoc.Space(), pandoc.Str('\u{2192}')},
                     chapters[i + 1].name .. '.html')})
  end
  return pandoc.Div({pandoc.Para(parts)}, pandoc.Attr('', {'navigation'}))
end

function Pandoc(doc)
  edition = doc.meta.edition and stringify(doc.meta.edition) or 'complete'
  if edition ~= 'complete' and edition ~= 'student' then
    fail('edition must be complete or student, not ' .. edition)
  end
  html_page = doc.meta['html-page'] and stringify(doc.meta['html-page']) or nil
  if html_page and not format_html then
    fail('html-page is for HTML output only')
  end
  -- the title page says which edition this is
  if not doc.meta.date then
    doc.meta.date = edition == 'student'
      and pandoc.MetaInlines({pandoc.Str('Student edition: the exercises without their solutions')})
      or pandoc.MetaInlines({pandoc.Str('Complete edition, with the reference solutions')})
  end
  local bib = bib_keys(doc.meta.bibliography and stringify(doc.meta.bibliography) or 'book.bib')

  -- book.md's own blocks (title page material, preface): unnumbered
  local front = pandoc.Pandoc(doc.blocks):walk({
    CodeBlock = code_block,
    Math = function(m) check_math(m.text, 'book.md') end,
    Header = function(h)
      if not h.classes:includes('unnumbered') then
        fail('book.md: the heading "' .. stringify(h.content) .. '" must be {.unnumbered}')
      end
      return running_head(h)
    end,
  }).blocks

  -- the chapters, each numbered by the NN of its name
  local chapters = {}
  header_ids = {}
  pandoc.Pandoc(front):walk({Header = function(h) header_ids[h.identifier] = true end})
  local listed = {}
  for _, name in ipairs(listed_chapters(doc.meta)) do
    listed[name] = true
    local path = 'chapters/' .. name .. '.md'
    local chap = tonumber(name:match('^(%d+)%-'))
    local src = read_file(path)
    if not chap then
      fail('book.md: the chapter name ' .. name .. ' does not start with its number NN-')
    elseif src then -- a chapter not written yet is skipped
      local cdoc = pandoc.read(src, 'markdown')
      if next(cdoc.meta) ~= nil then
        fail(path .. ': a chapter carries no metadata of its own (book.md has it)')
      end
      local first = cdoc.blocks[1]
      if not (first and first.t == 'Header' and first.level == 1) then
        fail(path .. ': a chapter begins with its # Title')
      end
      current_page = name
      local blocks = number_chapter(cdoc.blocks, chap, path)
      -- "## The update" in two chapters: the second gets the id the-update-4
      blocks = pandoc.Pandoc(blocks):walk({Header = function(h)
        if h.identifier ~= '' and header_ids[h.identifier] then
          h.identifier = h.identifier .. '-' .. chap
          return h
        end
        header_ids[h.identifier] = true
      end}).blocks
      local c = {name = name, blocks = blocks, title = {}, sections = {}}
      for _, b in ipairs(blocks) do
        if b.t == 'Header' and b.level == 1 and #c.title == 0 then c.title = b.content end
        if b.t == 'Header' and b.level == 2 then table.insert(c.sections, b) end
      end
      table.insert(chapters, c)
    end
  end
  current_page = 'index'
  for _, base in ipairs(chapter_files()) do
    if not listed[base] then
      fail('chapters/' .. base .. '.md is not listed in book.md\'s chapters:')
    end
  end

  front = resolve(front, bib)
  for _, c in ipairs(chapters) do c.blocks = resolve(c.blocks, bib) end

  local blocks = {}
  local function append(list)
    for _, b in ipairs(list) do table.insert(blocks, b) end
  end
  if html_page == 'index' then
    append(front)
    append(contents(chapters))
    if cites_any(front) then append(references_section()) end
  elseif html_page then
    local found = false
    for i, c in ipairs(chapters) do
      if c.name == html_page then
        found = true
        -- the links above the page's own contents, and again at its end
        doc.meta['include-before'] = pandoc.MetaBlocks({navigation(chapters, i)})
        append(c.blocks)
        if cites_any(c.blocks) then append(references_section()) end
        table.insert(blocks, navigation(chapters, i))
        doc.meta.pagetitle = stringify(c.title) .. ' \u{2013} ' .. stringify(doc.meta.title or '')
        doc.meta.title = nil
        doc.meta.subtitle = nil
        doc.meta.author = nil
        doc.meta.date = nil
      end
    end
    if not found then
      fail('html-page=' .. html_page .. ': no such chapter (chapters/' .. html_page .. '.md)')
    end
  else
    append(front)
    if format_latex then -- the preface stays in the front matter (book-header.tex)
      table.insert(blocks, pandoc.RawBlock('latex', '\\bookmainmatter'))
    end
    for _, c in ipairs(chapters) do append(c.blocks) end
    if format_latex then
      table.insert(blocks, pandoc.RawBlock('latex', '\\backmatter'))
    end
    append(references_section())
  end

  local out = doc.meta.labels and stringify(doc.meta.labels)
  if out and out ~= '' then
    local f = io.open(out, 'w')
    if not f then
      fail('cannot write ' .. out)
    else
      for _, id in ipairs(label_order) do
        f:write(id, '\t', labels[id].number, '\n')
      end
      f:close()
    end
  end

  if format_latex then
    blocks = pandoc.Pandoc(blocks):walk({Code = latex_code}).blocks
  end
  finish()
  doc.blocks = blocks
  return doc
end
