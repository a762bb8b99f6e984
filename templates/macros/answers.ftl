<#ftl output_format="HTML" strip_whitespace=true>
<#-- How an answer is shown: in full, or as a short reference to where it is shown in full. -->

<#-- With question, an answer marked in parts shows only its part for that question, and links to its other parts. -->
<#macro full answer headingLevel=3 showCase=false question="">
<#local part = question?has_content && answer.parts[question]??>
<article class="answer<#if answer.featured> featured</#if>" id="${answer.anchor}">
<header class="answer-header">
<h${headingLevel} class="answer-author"><a class="anchor-link" href="#${answer.anchor}"><span class="visually-hidden">${msg("answer.by")} </span>${answer.author}</a></h${headingLevel}>
<#if answer.featured>
<span class="badge badge-featured" title="${msg("badge.featured.title")}">${msg("badge.featured")}</span>
</#if>
<#if showCase || answer.replyToAuthor?has_content>
<#if showCase><#assign caseLink><a href="${link(answer.caseUrl)}">${answer.caseTitle}</a></#assign><span class="answer-case">${msg("answer.on-case", caseLink)}</span></#if><#if answer.replyToAuthor?has_content><#assign replyLink><a href="${link(answer.replyToUrl)}">${answer.replyToAuthor}</a></#assign><span class="answer-reply">${msg("answer.in-reply-to", replyLink)}</span></#if>
</#if>
</header>
<div class="answer-body prose"><#if part>${answer.parts[question].html?no_esc}<#else>${answer.html?no_esc}</#if></div>
<#if part>
<p class="answer-part-more"><span class="answer-part-note">${msg("answer.part.note")}</span><#list answer.partList as p><#if p.id != question> · <a href="${link(p.url)}">${msg("question.number", p.number)}<span class="visually-hidden"> ${msg("answer.read-whole.by", answer.author)}</span></a></#if></#list></p>
</#if>
<@meta answer/>
</article>
</#macro>

<#macro meta answer>
<footer class="answer-meta">
<#if answer.questions?has_content>
<span class="meta-group"><span class="meta-label">${msg("answer.meta.questions")}</span> <#list answer.questions as q><a href="${link(q.url)}">${msg("question.number", q.number)}</a><#sep>, </#list></span>
</#if>
<#if answer.themes?has_content>
<span class="meta-group"><span class="meta-label">${msg("answer.meta.themes")}</span> <#list answer.themes as t><a class="tag" href="${link(t.url)}">${t.label}</a><#sep> </#list></span>
</#if>
<#if answer.comparisons?? && answer.comparisons?has_content>
<span class="meta-group meta-feeds"><span class="meta-label">${msg("answer.meta.feeds")}</span> <#list answer.comparisons as c><a href="${link(c.url)}">${c.title}</a><#sep>, </#list></span>
</#if>
<#if answer.submittedText?has_content>
<span class="meta-group meta-submitted">${msg("answer.meta.submitted", answer.submittedText)}</span>
</#if>
</footer>
</#macro>

<#-- An answer shown in full on another page: who wrote it, its first words, and a link to it there. -->
<#macro reference answer url>
<li class="answer-ref<#if answer.featured> featured</#if>">
<a class="answer-ref-author" href="${link(url)}"><span class="visually-hidden">${msg("answer.by")} </span>${answer.author}</a><#if answer.featured> <span class="badge badge-featured">${msg("badge.featured")}</span></#if>
<span class="answer-ref-excerpt">${answer.lead}</span>
</li>
</#macro>

<#macro excerpt answer>
<li class="answer-excerpt<#if answer.featured> featured</#if>">
<p class="answer-excerpt-head"><a href="${link(answer.url)}"><span class="visually-hidden">${msg("answer.by")} </span>${answer.author}</a><#if answer.featured> <span class="badge badge-featured">${msg("badge.featured")}</span></#if><#if answer.questions?has_content> <span class="answer-excerpt-questions"><#list answer.questions as q><a href="${link(q.url)}" title="${q.prompt}">${msg("question.number", q.number)}</a><#sep>, </#list></span></#if></p>
<p class="answer-excerpt-text">${answer.excerpt}</p>
<p class="answer-excerpt-more"><a href="${link(answer.url)}">${msg("answer.read-whole")}<span class="visually-hidden"> ${msg("answer.read-whole.by", answer.author)}</span></a></p>
</li>
</#macro>

<#-- Answers listed again further down the same list (under another question): a line of names, each a link to the answer. -->
<#macro again answers>
<p class="answers-again">${msg("themes.answer-again")} <#list answers as a><a href="${link(a.url)}">${a.author}</a><#sep>, </#list></p>
</#macro>

<#-- An answer in a list that already says its case and question: who wrote it and how it starts. -->
<#macro brief answer>
<li class="answer-excerpt<#if answer.featured> featured</#if>">
<p class="answer-excerpt-head"><a href="${link(answer.url)}"><span class="visually-hidden">${msg("answer.by")} </span>${answer.author}</a><#if answer.featured> <span class="badge badge-featured">${msg("badge.featured")}</span></#if></p>
<p class="answer-excerpt-text">${answer.lead}</p>
</li>
</#macro>

<#-- An answer cited as evidence in a comparison: who (from which case, when there are several), and
     the quote that argues the position (its link leads to it, highlighted), else its first words. -->
<#macro cited e manyCases><a href="${link(e.url)}">${e.author}</a><#if manyCases> <span class="evidence-case">(${e.caseTitle})</span></#if> · <#if e.quote?has_content><q class="evidence-quote">${e.quote}</q><#else><span class="evidence-excerpt">${e.excerpt}</span></#if></#macro>
