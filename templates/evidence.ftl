<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<#assign manyCases = comparison.cases?size gt 1>
<@layout.frame>
<header class="page-header">
  <p class="eyebrow"><a href="${link(comparison.url)}">${comparison.title}</a></p>
  <h1>${dimension.label} · ${cell.sideLabel}</h1>
  <p class="page-meta"><span class="pro">${msg("count.strengths", cell.strengthCount)}</span> · <span class="con">${msg("count.weaknesses", cell.weaknessCount)}</span></p>
</header>
<div class="prose"><p>${cell.text}</p></div>
<#if cell.allStrengths?has_content>
<section class="evidence-all" aria-labelledby="strengths-heading">
  <h2 id="strengths-heading">${msg("count.strengths", cell.strengthCount)}</h2>
  <ul class="evidence-list"><#list cell.allStrengths as e><li class="pro"><@answers.cited e manyCases/></li></#list></ul>
</section>
</#if>
<#if cell.allWeaknesses?has_content>
<section class="evidence-all" aria-labelledby="weaknesses-heading">
  <h2 id="weaknesses-heading">${msg("count.weaknesses", cell.weaknessCount)}</h2>
  <ul class="evidence-list"><#list cell.allWeaknesses as e><li class="con"><@answers.cited e manyCases/></li></#list></ul>
</section>
</#if>
<p><a href="${link(comparison.url)}#dim-${dimension.id}">${msg("comparison.evidence.back")}</a></p>
</@layout.frame>
