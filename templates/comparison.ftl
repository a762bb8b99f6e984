<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<#-- "A", "A and B", "A, B and C", in the course's language. -->
<#function listed items>
  <#if items?size lte 1><#return items?join("")></#if>
  <#return msg("list.and", items[0..items?size - 2]?join(", "), items?last)>
</#function>
<#-- What an answer that argued both sides sees: "sees strengths in A and B; weaknesses in A". -->
<#function sees b>
  <#if b.strengths?has_content && b.weaknesses?has_content><#return msg("comparison.both-sides.sees-both", listed(b.strengths), listed(b.weaknesses))></#if>
  <#if b.strengths?has_content><#return msg("comparison.both-sides.sees-strengths", listed(b.strengths))></#if>
  <#return msg("comparison.both-sides.sees-weaknesses", listed(b.weaknesses))>
</#function>
<#assign standing = comparison.standing>
<#assign manyCases = comparison.cases?size gt 1>
<@layout.frame>
<header class="page-header">
  <#assign caseLinks><#list comparison.cases as c><a href="${link(c.url)}">${c.title}</a><#sep>, </#list></#assign>
  <p class="eyebrow">${msg("comparison.eyebrow")}<#if comparison.cases?has_content> · ${msg("comparison.eyebrow.from", caseLinks)}</#if></p>
  <h1>${comparison.title}<#if comparison.draft> <span class="badge badge-draft">${msg("badge.draft")}</span></#if></h1>
  <p class="page-meta">${msg("count.sides", comparison.sides?size)} · ${msg("count.dimensions", comparison.rows?size)} · ${msg("comparison.took-position", standing.arguingCount, msg("count.published-answers", standing.answerCount))}</p>
</header>
<div class="prose">${comparison.html?no_esc}</div>

<h2 id="evidence-heading">${msg("comparison.evidence.title")}</h2>
<div class="table-scroll">
<table class="comparison-table" id="evidence-table">
  <caption>${msg("comparison.table.caption", comparison.title)}</caption>
  <thead><tr><th scope="col">${msg("comparison.table.dimension")}</th><#list comparison.sides as s><th scope="col">${s.label}</th></#list></tr></thead>
  <tbody>
  <#list comparison.rows as row>
    <tr id="dim-${row.id}">
      <th scope="row">${row.label}<#if !row.argued> <span class="evidence-none">${msg("comparison.table.nobody")}</span></#if></th>
      <#list row.cells as cell>
      <td data-side="${cell.side}">
        <p>${cell.text}</p>
        <p class="evidence-counts"><span class="pro" data-count="${cell.strengthCount}">${msg("count.strengths", cell.strengthCount)}</span> · <span class="con" data-count="${cell.weaknessCount}">${msg("count.weaknesses", cell.weaknessCount)}</span></p>
        <#if cell.strengths?has_content || cell.weaknesses?has_content>
        <details class="evidence"><summary>${msg("comparison.evidence.summary")}</summary>
          <ul>
          <#list cell.strengths as e><li class="pro"><span class="evidence-view">${msg("comparison.evidence.strength")}</span> <@answers.cited e manyCases/></li></#list>
          <#list cell.weaknesses as e><li class="con"><span class="evidence-view">${msg("comparison.evidence.weakness")}</span> <@answers.cited e manyCases/></li></#list>
          </ul>
          <#if cell.moreUrl??>
          <p class="evidence-more"><a href="${link(cell.moreUrl)}">${msg("comparison.evidence.more", cell.strengthCount + cell.weaknessCount)}</a></p>
          </#if>
        </details>
        </#if>
      </td>
      </#list>
    </tr>
  </#list>
  </tbody>
</table>
</div>

<figure class="chart comparison-chart-figure">
  <div class="chart-image" tabindex="0" role="group" aria-label="${comparison.chart.title}">${comparison.chart.svg?no_esc}</div>
  <#assign tableLink><a href="#evidence-table">${msg("comparison.chart.table-link")}</a></#assign>
  <figcaption>${msg("comparison.chart.caption", comparison.chart.title, tableLink)}</figcaption>
</figure>

<section class="class-standing" aria-labelledby="standing-heading">
  <h2 id="standing-heading">${msg("comparison.standing.title")}</h2>

  <section class="standing-disputed" aria-labelledby="disputed-heading">
    <h3 id="disputed-heading">${msg("comparison.disputed.title")}</h3>
    <p class="definition">${msg("comparison.disputed.definition")}</p>
    <#if standing.disputed?has_content>
    <ol class="disputed">
      <#list standing.disputed as d>
      <#assign dimensionLink><a href="#${d.anchor}">${d.label}</a></#assign>
      <li data-dimension="${d.id}">${msg("comparison.disputed.item", d.first.count, dimensionLink, d.first.label, d.second.count, d.second.label)}</li>
      </#list>
    </ol>
    <#else>
    <p class="empty">${msg("comparison.disputed.empty")}</p>
    </#if>
  </section>

  <section class="standing-both-sides" aria-labelledby="both-sides-heading">
    <h3 id="both-sides-heading">${msg("comparison.both-sides.title")}</h3>
    <p class="definition">${msg("comparison.both-sides.definition")}</p>
    <#if standing.bothSides?has_content>
    <ul class="both-sides">
      <#list standing.bothSides as b>
      <#assign who><a href="${link(b.answer.url)}">${b.answer.author}</a><#if manyCases> <span class="evidence-case">(${b.answer.caseTitle})</span></#if></#assign>
      <li data-anchor="${b.answer.anchor}">${msg("comparison.both-sides.item", who, sees(b))}</li>
      </#list>
    </ul>
    <#else>
    <p class="empty">${msg("comparison.both-sides.empty")}</p>
    </#if>
  </section>

  <section class="standing-unargued" aria-labelledby="unargued-heading">
    <h3 id="unargued-heading">${msg("comparison.unargued.title")}</h3>
    <#if standing.unargued?has_content>
    <p class="definition">${msg("comparison.unargued.definition")}</p>
    <ul class="unargued">
      <#list standing.unargued as d><li data-dimension="${d.id}"><a href="#${d.anchor}">${d.label}</a></li></#list>
    </ul>
    <#else>
    <p class="empty">${msg("comparison.unargued.empty")}</p>
    </#if>
  </section>
</section>
</@layout.frame>
