<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow">Comparison<#if comparison.cases?has_content> · from <#list comparison.cases as c><a href="${root}${c.url}">${c.title}</a><#sep>, </#list></#if></p>
  <h1>${comparison.title}<#if comparison.draft> <span class="badge badge-draft">Draft</span></#if></h1>
</header>
<div class="prose">${comparison.html?no_esc}</div>
<div class="table-scroll">
<table class="comparison-table">
  <caption>${comparison.title}: the instructor's summary and the class's evidence</caption>
  <thead><tr><th scope="col">Dimension</th><#list comparison.sides as s><th scope="col">${s.label}</th></#list></tr></thead>
  <tbody>
  <#list comparison.rows as row>
    <tr id="dim-${row.id}">
      <th scope="row">${row.label}</th>
      <#list row.cells as cell>
      <td>
        <p>${cell.text}</p>
        <#if cell.strengths?has_content || cell.weaknesses?has_content>
        <p class="evidence-counts"><span class="pro">${cell.strengths?size} strength</span> · <span class="con">${cell.weaknesses?size} weakness</span></p>
        <details class="evidence"><summary>What the class said</summary>
          <ul>
          <#list cell.strengths as e><li class="pro"><a href="${root}${e.url}">${e.author}</a>: ${e.excerpt}</li></#list>
          <#list cell.weaknesses as e><li class="con"><a href="${root}${e.url}">${e.author}</a>: ${e.excerpt}</li></#list>
          </ul>
        </details>
        </#if>
      </td>
      </#list>
    </tr>
  </#list>
  </tbody>
</table>
</div>
</@layout.frame>
