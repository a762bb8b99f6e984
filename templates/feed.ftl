<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${site.language}">
  <title>${site.title}</title>
  <#if site.description?has_content><subtitle>${site.description}</subtitle></#if>
  <id>${site.baseUrl}</id>
  <link rel="alternate" type="text/html" href="${site.baseUrl}"/>
  <link rel="self" type="application/atom+xml" href="${feedUrl}"/>
  <updated>${updated}</updated>
  <generator>${generator}</generator>
<#list entries as e>
  <entry>
    <title>${e.title}</title>
    <id>${e.url}</id>
    <link rel="alternate" type="text/html" href="${e.url}"/>
    <updated>${e.updated}</updated>
    <author><name>${site.course.instructor?has_content?then(site.course.instructor, site.title)}</name></author>
    <#if e.summary?has_content><summary>${e.summary}</summary></#if>
  </entry>
</#list>
</feed>
