# 违法有害信息（第十条）：留言立即处置；草稿可以提示群众防范，由分管领导审核。
@category illegal
@draft    deputy_leader
@comment  takedown
@severity high
@article  第十条
@message  含违法有害信息用语“{term}”，请核实
@comment_message 留言含违法有害信息用语“{term}”，须立即处置

网络赌博
赌博
博彩
六合彩
赌场
冰毒
毒品
海洛因
吸毒
贩毒
办假证
假证
枪支弹药
枪支
仿真枪
性交
性交易
卖淫
嫖娼
色情
黄片
传销
套路贷
洗钱
# 允许词：其中的敏感字面不算命中
!三黄片
