// Draws the link chart with Cytoscape.js; choosing a defector opens his case.
(function () {
    'use strict';
    // The graph comes as data on its element: no inline script, so the pages' policy allows none.
    var graph = JSON.parse(document.getElementById('links-graph').dataset.graph);
    var colours = { defector: '#0b4f8a', service: '#8a1c0b', place: '#1d6b2a', recipient: '#7a5600' };
    var elements = graph.nodes.map(function (n) {
        return { data: { id: n.id, label: n.label, kind: n.kind, href: n.href } };
    }).concat(graph.links.map(function (l, i) {
        return { data: { id: 'link-' + i, source: l.source, target: l.target, label: l.label } };
    }));
    var cy = cytoscape({
        container: document.getElementById('links-graph'),
        elements: elements,
        style: [
            { selector: 'node', style: {
                'label': 'data(label)', 'font-size': 11, 'color': '#1b1f24', 'text-valign': 'bottom',
                'text-margin-y': 4, 'width': 14, 'height': 14,
                'background-color': function (n) { return colours[n.data('kind')] || '#4a5360'; } } },
            { selector: 'node[kind = "defector"]', style: { 'width': 20, 'height': 20, 'font-weight': 'bold' } },
            { selector: 'edge', style: { 'width': 1, 'line-color': '#c9ced6', 'curve-style': 'bezier' } },
            { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#e0a100' } }
        ],
        layout: { name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, nodeRepulsion: 12000, idealEdgeLength: 80 }
    });
    cy.on('tap', 'node', function (event) {
        var href = event.target.data('href');
        if (href) {
            window.location.href = href;
        }
    });
    window.havenCytoscape = cy;
}());
