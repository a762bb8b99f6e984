<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as layout>
<#import "macros/answers.ftl" as answers>
<@layout.frame>
<section class="hero">
  <#if site.course.code?has_content><p class="eyebrow">${site.course.code}<#if site.course.term?has_content> · ${site.course.term}</#if></p></#if>
  <h1>${site.title}</h1>
  <#if site.description?has_content><p class="lede">${site.description}</p></#if>
  <#if site.course.name?has_content || site.course.instructor?has_content>
  <p class="course"><#if site.course.name?has_content>${site.course.name}</#if><#if site.course.instructor?has_content> · ${site.course.instructor}</#if></p>
  </#if>
</section>
<section aria-labelledby="cases-heading">
  <h2 id="cases-heading">Cases</h2>
  <#if cases?has_content>
  <ul class="cards">
    <#list cases as c>
    <li class="card">
      <h3><a href="${root}${c.url}">${c.title}</a><#if c.draft> <span class="badge badge-draft">Draft</span></#if></h3>
      <p class="card-date"><time datetime="${c.date}">${c.dateText}</time></p>
      <#if c.summary?has_content><p>${c.summary}</p></#if>
      <p class="card-counts">${c.questionCount} <#if c.questionCount == 1>question<#else>questions</#if> · ${c.answerCount} <#if c.answerCount == 1>answer<#else>answers</#if><#if c.featuredCount gt 0> · ${c.featuredCount} featured</#if></p>
    </li>
    </#list>
  </ul>
  <#else>
  <p>No cases are published yet.</p>
  </#if>
</section>
<#if comparisons?has_content>
<section aria-labelledby="comparisons-heading">
  <h2 id="comparisons-heading">Comparisons</h2>
  <ul class="cards">
    <#list comparisons as c>
    <li class="card">
      <h3><a href="${root}${c.url}">${c.title}</a><#if c.draft> <span class="badge badge-draft">Draft</span></#if></h3>
      <#if c.excerpt?has_content><p>${c.excerpt}</p></#if>
      <p class="card-counts">${c.sideCount} sides · ${c.dimensionCount} dimensions</p>
    </li>
    </#list>
  </ul>
</section>
</#if>
<#if themeCount gt 0>
<p class="browse-more"><a href="${root}${nav.themes}">Browse ${answerCount} answers by ${themeCount} themes</a></p>
</#if>
</@layout.frame>
